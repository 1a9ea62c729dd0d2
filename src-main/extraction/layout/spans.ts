import type { BBox } from '../../../shared/domain/document';
import { spanBox, spanConfidence, type Line } from './lines';

// A piece of one line's text: what a label, a value or a table cell is.

export interface Span {
  line: Line;
  start: number;
  end: number;
}

export function spanText(s: Span): string {
  return s.line.text.slice(s.start, s.end).replace(/\t/g, ' ').trim();
}

export function spanKey(s: Span): string {
  return s.line.key.slice(s.start, s.end).replace(/\t/g, ' ').trim();
}

export function spanBBox(s: Span): BBox | null {
  return spanBox(s.line, s.start, s.end);
}

export function spanConf(s: Span): number {
  return spanConfidence(s.line, s.start, s.end);
}

/** The span without surrounding whitespace and separators. */
export function trimSpan(s: Span): Span {
  let { start, end } = s;
  const text = s.line.text;
  while (start < end && /[\s\t]/.test(text[start]!)) start++;
  while (end > start && /[\s\t]/.test(text[end - 1]!)) end--;
  return { line: s.line, start, end };
}

/** The whole line as a span. */
export function lineSpan(line: Line): Span {
  return trimSpan({ line, start: 0, end: line.text.length });
}

/**
 * A line's runs: pieces of text separated by a gap (a separator the line inserted between boxes).
 * In a table each cell is such a run, however its column aligns it.
 */
export function runsOf(line: Line): Span[] {
  const runs: Span[] = [];
  let start = -1;
  for (let i = 0; i <= line.text.length; i++) {
    const separator = i === line.text.length || line.glyphs[i] === null;
    if (separator && start >= 0) {
      runs.push(trimSpan({ line, start, end: i }));
      start = -1;
    } else if (!separator && start < 0 && line.text[i]!.trim()) {
      start = i;
    }
  }
  return runs.filter((r) => r.end > r.start);
}

/** The runs of the line whose middle lies in [x0, x1), as one span (null when none). */
export function spanInColumn(line: Line, x0: number, x1: number): Span | null {
  const inside = runsOf(line).filter((r) => {
    const middle = (line.glyphs[r.start]!.x0 + line.glyphs[r.end - 1]!.x1) / 2;
    return middle >= x0 && middle < x1;
  });
  return inside.length ? { line, start: inside[0]!.start, end: inside[inside.length - 1]!.end } : null;
}
