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

/** The tab-separated cells of a line, trimmed, empty ones left out. */
export function cellsOf(line: Line): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= line.text.length; i++) {
    if (i === line.text.length || line.text[i] === '\t') {
      const s = trimSpan({ line, start, end: i });
      if (s.end > s.start) out.push(s);
      start = i + 1;
    }
  }
  return out;
}

/** The whole line as a span. */
export function lineSpan(line: Line): Span {
  return trimSpan({ line, start: 0, end: line.text.length });
}

/** Characters of the line whose centre lies in [x0, x1), as one span (null when none). */
export function spanInColumn(line: Line, x0: number, x1: number): Span | null {
  let start = -1;
  let end = -1;
  line.glyphs.forEach((g, i) => {
    if (!g || !line.text[i]!.trim()) return;
    const c = (g.x0 + g.x1) / 2;
    if (c >= x0 && c < x1) {
      if (start < 0) start = i;
      end = i + 1;
    }
  });
  return start < 0 ? null : { line, start, end };
}
