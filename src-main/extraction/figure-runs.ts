import { median, union } from './geometry';
import type { TextBox } from './types';

// Dates and amounts are what a claim turns on, and where the page model errs most: a full-width
// hyphen read as 一, a 1 lost beside 日 or read as ], a ¥ read as 2 or merged into an ideograph, a
// figure read with stray letters. On a line, the words that make up one date or one amount form a
// run; a run that is not well formed, or not read with confidence, is read again from its own crop
// as a single line by a recogniser for figures (see OcrEngine). This module finds the runs and judges
// the second reading; it does no recognition itself.

/** `cjk_date`: 2025年3月1日; `figure`: an amount, or a date written with separators. */
export type RunKind = 'cjk_date' | 'figure';

export interface FigureRun {
  /** Index of the run's first and last word in the line. */
  start: number;
  end: number;
  kind: RunKind;
  /** The words' text joined without spaces. */
  text: string;
  bbox: [number, number, number, number];
  /** The lowest confidence of its words. */
  confidence: number;
  /** The left edge of the word after it, which its crop stays short of. */
  roomRight: number;
  /** Median top and bottom of its words: the line's band (one word's box may be far taller). */
  band: [number, number];
}

const CONFIDENT = 0.85;
const MIN_DIGITS = 3;
// A word of a date or an amount: digits with separators, 年月日, ¥ or 元, and the characters the page
// model reads in their place (letters for digits, 一 for a full-width hyphen, ] for 1).
const PART = /^[\d,，.．·。:：\-－/／一—~～年月日号元¥￥A-Za-z\]|!()（）]+$/;
// A character of its own between two parts: a separator or a sign misread as an ideograph (至 for ￥).
const JOINER_MAX_CONFIDENCE = 0.6;
// A figure with its decimals, as the page model read it.
const AMOUNT_WORD = /^\d[\d,，A-Za-z]*[.,，·:。]\d{2}元?$/;
const CJK_DATE = /^\d{4}年\d{1,2}月\d{1,2}日?$/;
const NUMERIC_DATE = /^\d{4}([-/.])\d{1,2}\1\d{1,2}$/;
const AMOUNT = /^¥?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}元?$/;
// A code or an identifier (票据号码, 住院号 H7016485): one word of digits, maybe after a letter. One
// read with little confidence may be a date whose separators were lost (２０２５．０９．０５ as 21025090015).
const CODE = /^[A-Z]?\d+$/;
const UNSURE_CODE = 0.5;

const height = (b: TextBox) => b.bbox[3] - b.bbox[1];
const digits = (text: string) => text.replace(/\D/g, '').length;

function runOf(line: readonly TextBox[], start: number, end: number): FigureRun {
  const words = line.slice(start, end + 1);
  const text = words.map((w) => w.text).join('');
  return {
    start, end, kind: /[年月]/.test(text) ? 'cjk_date' : 'figure', text, confidence: Math.min(...words.map((w) => w.confidence)),
    roomRight: line[end + 1]?.bbox[0] ?? Infinity,
    band: [median(words.map((w) => w.bbox[1])), median(words.map((w) => w.bbox[3]))],
    bbox: union(words.map((w) => w.bbox)),
  };
}

/** Whether a date's month and day can be (2024年10月33日 cannot). */
function plausibleDate(text: string): boolean {
  const [, month, day] = text.match(/\d+/g)!.map(Number) as [number, number, number?];
  return month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= 31));
}

/** Whether the run reads as a date or an amount of its kind. */
export function wellFormed(kind: RunKind, text: string): boolean {
  if (kind === 'cjk_date') return CJK_DATE.test(text) && plausibleDate(text);
  return (NUMERIC_DATE.test(text) && plausibleDate(text)) || AMOUNT.test(text);
}

const isPart = (w: TextBox) => PART.test(w.text) && /[\d年月日元一]/.test(w.text);
const isJoiner = (w: TextBox) => [...w.text].length === 1 && (PART.test(w.text) || w.confidence < JOINER_MAX_CONFIDENCE);
const adjacent = (a: TextBox, b: TextBox) => b.bbox[0] - a.bbox[2] < 1.5 * Math.max(height(a), height(b));

/**
 * The date and amount runs of one recognised line (words in reading order): adjacent words of digits
 * and date or money characters, with single misread characters between them, holding at least three
 * digits. A code of one word read with confidence is not a run.
 */
export function figureRuns(line: readonly TextBox[]): FigureRun[] {
  const runs: FigureRun[] = [];
  let i = 0;
  while (i < line.length) {
    // A run starts at a part with a digit, or at a one-character sign right before one.
    const startsHere = /\d/.test(line[i]!.text) && isPart(line[i]!);
    const signHere = !startsHere && isJoiner(line[i]!) && line[i + 1] && AMOUNT_WORD.test(line[i + 1]!.text)
      && line[i + 1]!.bbox[0] - line[i]!.bbox[2] < height(line[i + 1]!);
    if (!startsHere && !signHere) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < line.length && adjacent(line[end]!, line[end + 1]!) && (isPart(line[end + 1]!) || (isJoiner(line[end + 1]!) && line[end + 2] && isPart(line[end + 2]!)))) end++;
    // 元 after a figure is left out of the crop: the figure recogniser would read it as a digit.
    const last = line[end]!.text === '元' && end > i && !/[年月]/.test(line.slice(i, end).map((w) => w.text).join('')) ? end - 1 : end;
    const run = runOf(line, i, last);
    if (digits(run.text) >= MIN_DIGITS && !(i === last && CODE.test(run.text) && run.confidence >= UNSURE_CODE)) runs.push(run);
    i = end + 1;
  }
  return runs;
}

/**
 * The factors a run's crop is narrowed by for its second readings, in order. Digits printed a
 * character apart (full-width, ２０２５－１０－２６) read as the figures they are once closed up;
 * printed at their usual width, closing up merges thin digits, so a run is first read as printed. A
 * run that reads well formed is only read as printed, and a date in 年月日 is never narrowed, as its
 * ideographs would not read.
 */
export function closeUpFactors(run: FigureRun): number[] {
  return run.kind === 'figure' && !wellFormed(run.kind, run.text) ? [1, 0.55] : [1];
}

const DATE_START = /^\d{4}[-/.年]/;

/**
 * The rectangle a run is read again from: its line's band with a margin, from a little before its
 * first word. On the right it stops short of the next word (元 after a figure would be read as a
 * digit; that word's box may overlap the run's own), except after a date that does not end where a
 * date ends: the page model may have dropped its last characters (2025-0, 2025年1月) or misread them
 * as a word of its own, so the crop reaches on for them.
 */
export function cropOf(run: FigureRun): [number, number, number, number] {
  const [x0, , x1] = run.bbox;
  const h = run.band[1] - run.band[0];
  const margin = h * 0.4;
  const unfinished = DATE_START.test(run.text) && !wellFormed(run.kind, run.text) && !/[日号]$|\d{1,2}[-/.]\d{1,2}$/.test(run.text);
  const right = unfinished ? x1 + 2.5 * h : Math.max(x1, Math.min(run.roomRight - 1, x1 + 2 * margin));
  return [x0 - 2 * margin, run.band[0] - margin, right, run.band[1] + margin];
}

/** A run worth reading again: not well formed, or some word of it read with little confidence. */
export function needsReread(run: FigureRun): boolean {
  return !wellFormed(run.kind, run.text) || run.confidence < CONFIDENT;
}

// A date whose separators were read as other marks, or as two (2025.03,13; 2025.,01.26).
const LOOSE_DATE = /^(\d{4})[.,，·\-/／—一]{1,2}(\d{1,2})[.,，·\-/／—一]{1,2}(\d{1,2})$/;

/** A date written with misread separators, its separators made one hyphen; other text (a date as printed) as it is. */
export function separatedDate(text: string): string {
  const m = NUMERIC_DATE.test(text) ? null : LOOSE_DATE.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : text;
}

/**
 * The second reading, when it is a well-formed date or amount, with what the figure recogniser put
 * before a yen sign dropped (a colon read as 1); otherwise null, and the first reading stands. A
 * well-formed first reading is only traded for one with as many digits, or one that found the yen
 * sign: a digit more may be a ￥ read as a 1 (or a 1 the page model lost: the sign tells), a digit
 * fewer two thin digits read as one.
 */
export function acceptReread(run: Pick<FigureRun, 'kind' | 'text'>, text: string): string | null {
  const compact = separatedDate(text.replace(/\s+/g, '').replace(/[.,:]+$/, ''));
  const read = run.kind === 'figure' && compact.includes('¥') ? compact.slice(compact.indexOf('¥')) : compact;
  if (!wellFormed(run.kind, read)) return null;
  if (wellFormed(run.kind, run.text) && !read.startsWith('¥') && digits(read) !== digits(run.text)) return null;
  return read;
}
