import { median } from './geometry';
import type { TextBox } from './types';

// A HER2 immunohistochemistry score is a short run of marks, (+++), (++), (-), printed after the
// marker and its antibody clone, often in a column of its own; the page model drops it more often
// than any other text that decides a claim. Where a marker has no score after it, the stretch of the
// line after the marker (and clone) is read again as one line by the figure recogniser, limited to
// brackets, signs and 0-3 (see OcrEngine). This module finds those stretches and judges the reading.

const MARKER = /HER-?2|C-?ERBB-?2/i;
// The antibody clone after the marker: (4B5), 4B5, (EP3).
const CLONE = /^[(（]?[0-9A-Z]{2,5}[)）]?$/;
// A score as read (the page model's repairs applied): (+++), (2+), 2+, (-), (0).
const READ_SCORE = /[(（]\s*(\+{1,3}|-|[0-3]\+?)\s*[)）]|(?<![\d.])([0-3]\+)/g;
const SCORE = new RegExp(READ_SCORE.source);
// A word the page model made of a score it could not read (大: for （1+）, 加).
const GARBLED_MAX_CONFIDENCE = 0.6;
/** How far past the marker a score column may lie, in line heights. */
const REACH = 24;

export interface ScoreGap {
  /** The word the score would follow. */
  after: number;
  bbox: [number, number, number, number];
}

/** The stretches after HER2 markers of a recognised line that hold no score as read. */
export function scoreGaps(line: readonly TextBox[]): ScoreGap[] {
  // The line's band from its words of full height (the recogniser gives a stray mark a flat box).
  const tallest = Math.max(...line.map((w) => w.bbox[3] - w.bbox[1]));
  const full = line.filter((w) => w.bbox[3] - w.bbox[1] >= tallest / 2);
  const top = median(full.map((w) => w.bbox[1]));
  const bottom = median(full.map((w) => w.bbox[3]));
  const h = bottom - top;
  const gaps: ScoreGap[] = [];
  line.forEach((word, i) => {
    const at = MARKER.exec(word.text);
    if (!at) return;
    let after = i;
    let rest = word.text.slice(at.index + at[0].length);
    if (!rest.trim() && line[i + 1] && CLONE.test(line[i + 1]!.text)) after = i + 1;
    rest += line.slice(after + 1, after + 2).map((w) => w.text).join('');
    if (SCORE.test(rest.replace(/[(（][0-9A-Z]{2,5}[)）]/, ''))) return;
    const x0 = line[after]!.bbox[2] + h * 0.2;
    // The stretch ends at the next word of full height, unless that word is a garbled score itself.
    const following = line.slice(after + 1).filter((w) => full.includes(w));
    const next = following.find((w) => w.confidence >= GARBLED_MAX_CONFIDENCE || w.text.length > 3);
    const x1 = next ? next.bbox[0] - h * 0.2 : x0 + REACH * h;
    if (x1 - x0 > h) gaps.push({ after, bbox: [x0, top, x1, bottom] });
  });
  return gaps;
}

/** The last score in the second reading, as printed ((+++), (-), (2+), 3+), or null. */
export function acceptScore(text: string): string | null {
  const last = [...text.matchAll(READ_SCORE)].at(-1);
  if (!last) return null;
  return last[1] ? `(${last[1]})` : last[2]!;
}
