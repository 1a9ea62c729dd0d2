import type { Line } from './lines';
import { spanInColumn, trimSpan, type Span } from './spans';

// Label/value pairs. Labels are found by their printed variants (with or without a colon, spaced
// out as 「姓    名」, full-width or not); the value is what follows on the same line up to the next label
// or column break, or, when nothing follows, what is printed under the label on the next line.

export interface LabelDef {
  /** What the label means: a field key, or a helper id starting with _ (`_stop` for labels no reader takes). */
  id: string;
  /** The label as printed, half width, without spaces; `(` and `)` match either width. */
  text: string;
}

export interface Pair {
  id: string;
  label: Span;
  /** Null when the label has no value anywhere near it. */
  value: Span | null;
  /** How the value was found. */
  layout: 'inline' | 'below';
}

interface LabelMatch { id: string; start: number; end: number; colon: boolean }

export interface Lexicon {
  defs: readonly LabelDef[];
  patterns: readonly { id: string; re: RegExp; length: number }[];
}

// Brackets in a label are optional: 「收款单位（章）」 is also printed, or read, as 「收款单位章」.
const escape = (c: string) => (c === '(' || c === ')' ? `\\${c}?` : c.replace(/[.*+?^${}|[\]\\/]/g, '\\$&'));

export function compileLexicon(defs: readonly LabelDef[]): Lexicon {
  const sorted = [...defs].sort((a, b) => b.text.length - a.text.length);
  const patterns = sorted.map((d) => ({
    id: d.id,
    length: [...d.text].length,
    // Any spacing between the characters, then an optional colon.
    re: new RegExp(`${[...d.text].map(escape).join('[ \\t]*')}(?:[ \\t]*:)?`, 'g'),
  }));
  return { defs, patterns };
}

const LETTER = /[\u4e00-\u9fffA-Za-z]/;
/** Labels this long are also found with one character misread, on OCR lines. */
const FUZZY_MIN = 4;

function overlapsAny(found: readonly LabelMatch[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && end > f.start);
}

function exactLabels(line: Line, lexicon: Lexicon): LabelMatch[] {
  const found: LabelMatch[] = [];
  for (const { id, re, length } of lexicon.patterns) {
    re.lastIndex = 0;
    for (const m of line.key.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const colon = m[0].endsWith(':');
      // A label starts a word: at the line start, after a separator, or it ends with a colon. OCR
      // loses the spaces between words, so there a label of three characters or more is enough.
      const afterLetter = start > 0 && LETTER.test(line.key[start - 1]!) && LETTER.test(line.key[start]!);
      if (afterLetter && !colon && !(line.source === 'ocr' && length >= 3)) continue;
      if (overlapsAny(found, start, end)) continue;
      found.push({ id, start, end, colon });
    }
  }
  return found;
}

/** Whether a is b with exactly one character changed, added or dropped. */
function oneEditApart(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return i < a.length && a.slice(i + 1).join('') === b.slice(i + 1).join('');
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1).join('') === short.slice(i).join('');
}

/**
 * Labels read with one character wrong, one too many or one too few (开票日期 read as 开可日期,
 * 开具日期 as 开具上日期, 入院日期 as 院日期), where no exact label is. Where two
 * labels fit equally (个人自付 and 个人自费 differ by one
 * character), one already printed exactly on the line is not the one misread; if that does not
 * decide, the place is left alone.
 */
function fuzzyLabels(line: Line, lexicon: Lexicon, exact: readonly LabelMatch[]): LabelMatch[] {
  const positions: number[] = [];
  for (let i = 0; i < line.key.length; i++) if (!/\s/.test(line.key[i]!)) positions.push(i);
  const candidates: LabelMatch[] = [];
  for (const d of lexicon.defs) {
    const chars = [...d.text];
    if (chars.length < FUZZY_MIN) continue;
    for (let k = 0; k < positions.length; k++) {
      for (const length of [chars.length, chars.length - 1, chars.length + 1]) {
        if (k + length > positions.length) continue;
        const window = positions.slice(k, k + length).map((p) => line.key[p]!);
        if (!oneEditApart(window, chars)) continue;
        const start = positions[k]!;
        let end = positions[k + length - 1]! + 1;
        if (overlapsAny(exact, start, end)) continue;
        const colon = /^[ \t]*:/.exec(line.key.slice(end));
        if (colon) end += colon[0].length;
        candidates.push({ id: d.id, start, end, colon: Boolean(colon) });
      }
    }
  }
  const onLine = new Set(exact.map((e) => e.id));
  const rivals = (c: LabelMatch) => candidates.filter((o) => o !== c && o.id !== c.id && o.start < c.end && o.end > c.start);
  return candidates.filter((c) => {
    const others = rivals(c);
    if (!others.length) return true;
    return !onLine.has(c.id) && others.every((o) => onLine.has(o.id));
  });
}

function findLabels(line: Line, lexicon: Lexicon): LabelMatch[] {
  const found = exactLabels(line, lexicon);
  if (line.source === 'ocr') {
    for (const f of fuzzyLabels(line, lexicon, found)) if (!overlapsAny(found, f.start, f.end)) found.push(f);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The value after a label: up to the next label, or to a column break once some value text was seen. */
function inlineValue(line: Line, from: number, to: number): Span | null {
  let i = from;
  while (i < to && /[\s:]/.test(line.key[i]!)) i++;
  let end = i;
  while (end < to && !(line.text[end] === '\t' && end > i)) end++;
  const s = trimSpan({ line, start: i, end });
  return s.end > s.start ? s : null;
}

/**
 * Pairs of every line. `lines` must be in reading order per page; labels with nothing after them look
 * for their value on the following lines, in the column the label heads.
 */
export function findPairs(lines: readonly Line[], lexicon: Lexicon): Pair[] {
  const pairs: Pair[] = [];
  const labelsByLine = lines.map((l) => findLabels(l, lexicon));
  lines.forEach((line, li) => {
    const labels = labelsByLine[li]!;
    labels.forEach((m, k) => {
      const next = labels[k + 1];
      const label: Span = { line, start: m.start, end: m.end };
      const value = inlineValue(line, m.end, next ? next.start : line.text.length);
      if (value) pairs.push({ id: m.id, label, value, layout: 'inline' });
      // OCR leaves stray marks beside labels; the value under the label is then the other candidate.
      if (!value || line.source === 'ocr') {
        const below = valueBelow(lines, labelsByLine, li, m, next);
        if (below || !value) pairs.push({ id: m.id, label, value: below, layout: 'below' });
      }
    });
  });
  return pairs;
}

/** The text under a label, between its left edge and the next label's, on the next line that has any. */
function valueBelow(lines: readonly Line[], labelsByLine: readonly LabelMatch[][], li: number, m: LabelMatch, next: LabelMatch | undefined): Span | null {
  const line = lines[li]!;
  const start = line.glyphs[m.start];
  if (!start) return null;
  const tol = line.size * 0.6;
  const x0 = start.x0 - tol;
  const nextGlyph = next ? line.glyphs[next.start] : null;
  const x1 = nextGlyph ? nextGlyph.x0 - tol : Infinity;
  for (let j = li + 1; j < lines.length; j++) {
    const below = lines[j]!;
    if (below.page !== line.page) break;
    if (below.bbox[1] - line.bbox[3] > 2.2 * line.size) break;
    const span = spanInColumn(below, x0, x1);
    if (!span) continue;
    // A label under a label is the next row of a form, not a value.
    if (labelsByLine[j]!.some((l) => l.start <= span.start && l.end > span.start)) return null;
    const value = trimSpan(span);
    // Without a next label to bound the column (OCR may miss it), the value is the first cell under the label.
    const cellEnd = next ? -1 : below.text.indexOf('\t', value.start);
    return cellEnd > value.start ? trimSpan({ ...value, end: cellEnd }) : value;
  }
  return null;
}
