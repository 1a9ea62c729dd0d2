import type { BBox } from '../../../shared/domain/document';
import { toHalfWidth } from '../../../shared/extraction/width';
import { median, union } from '../geometry';
import { repairOcrLine } from '../ocr-repair';
import type { FieldSource, PageText, TextBox } from '../types';

// Text boxes grouped into displayed lines. A line's text joins its boxes in reading order: runs that
// touch are joined directly, a small gap becomes a space and a wide one a tab (a column break). Each
// character keeps the horizontal span it occupies, so any span of the text maps back to a box.

export interface Glyph {
  x0: number;
  x1: number;
  /** Index of the box in the line's `boxes`. */
  box: number;
}

export interface Line {
  page: number;
  source: FieldSource;
  /** The text as printed. */
  text: string;
  /** `text` folded to half width: same length, so indexes match. */
  key: string;
  /** One per UTF-16 unit of `text`; null for inserted separators. */
  glyphs: (Glyph | null)[];
  boxes: TextBox[];
  bbox: BBox;
  /** Median box height: the line's font size. */
  size: number;
}

/** Gaps between runs, in multiples of the line height. */
const SPACE_GAP = 0.25;
// OCR cuts text into one word per character or two (wide full-width digits too); the gaps between
// them are not spaces, except between Latin words.
const OCR_WORD_GAP = 0.9;
const OCR_LATIN_GAP = 0.35;
// Full-width digits are a full em apart: a figure printed in them is read as single digits, with
// gaps wider than a column break elsewhere (the line height of recognised digits is small).
const OCR_DIGIT_GAP = 2;
const OCR_DIGIT_COLUMN_GAP = 2.6;
const COLUMN_GAP = 1.2;
const SAME_LINE_OVERLAP = 0.5;

const wide = (ch: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch);

/**
 * Character spans of a box: the recogniser's own character boxes where it gave them, otherwise
 * proportional to rough advance widths (full-width 1, others 0.55).
 */
function spreadGlyphs(box: TextBox, index: number): Glyph[] {
  const units = [...box.text];
  if (box.chars?.length === units.length) {
    return units.flatMap((c, i) => Array.from({ length: c.length }, () => ({ x0: box.chars![i]![0], x1: box.chars![i]![1], box: index })));
  }
  const weights = units.map((c) => (wide(c) ? 1 : c === ' ' ? 0.3 : 0.55));
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  const width = box.bbox[2] - box.bbox[0];
  const out: Glyph[] = [];
  let x = box.bbox[0];
  units.forEach((c, i) => {
    const w = (weights[i]! / total) * width;
    const g = { x0: x, x1: x + w, box: index };
    // An astral character is two UTF-16 units: both share its span.
    for (let k = 0; k < c.length; k++) out.push(g);
    x += w;
  });
  return out;
}

const charClass = (c: string) => (/[A-Za-z]/.test(c) ? 'latin' : /[0-9０-９.,]/.test(c) ? 'digit' : 'other');

function spaceGap(source: FieldSource, before: string, after: string): number {
  if (source === 'text') return SPACE_GAP;
  const a = charClass(before.slice(-1));
  const b = charClass(after.slice(0, 1));
  if (a === 'latin' && b === 'latin') return OCR_LATIN_GAP;
  if (a === 'digit' && b === 'digit') return OCR_DIGIT_GAP;
  // A figure next to a word (an amount, then the next cell's name) is a word boundary.
  return a !== b && (a === 'digit' || b === 'digit') ? SPACE_GAP : OCR_WORD_GAP;
}

function columnGap(source: FieldSource, before: string, after: string): number {
  return source === 'ocr' && charClass(before.slice(-1)) === 'digit' && charClass(after.slice(0, 1)) === 'digit' ? OCR_DIGIT_COLUMN_GAP : COLUMN_GAP;
}

function buildLine(page: PageText, boxes: TextBox[]): Line {
  boxes.sort((a, b) => a.bbox[0] - b.bbox[0]);
  const size = median(boxes.map((b) => b.bbox[3] - b.bbox[1]));
  let text = '';
  const glyphs: (Glyph | null)[] = [];
  let prevX1 = -Infinity;
  boxes.forEach((box, i) => {
    const gap = box.bbox[0] - prevX1;
    if (i > 0 && gap >= columnGap(page.source, text, box.text) * size) {
      text += '\t';
      glyphs.push(null);
    } else if (i > 0 && gap >= spaceGap(page.source, text, box.text) * size && !text.endsWith(' ') && !box.text.startsWith(' ')) {
      text += ' ';
      glyphs.push(null);
    }
    text += box.text;
    glyphs.push(...spreadGlyphs(box, i));
    prevX1 = Math.max(prevX1, box.bbox[2]);
  });
  if (page.source === 'ocr') text = repairOcrLine(text);
  return { page: page.page, source: page.source, text, key: toHalfWidth(text), glyphs, boxes, bbox: union(boxes.map((b) => b.bbox)), size };
}

/**
 * The vertical extent a box is grouped by: its own, or, for a box far flatter than the page's text
 * (the recogniser gives a lone character a box of height 0 or 1 at times), the typical height about
 * its centre, so that it neither starts a line of its own nor pulls the words it meets into one.
 */
function groupingExtent(box: TextBox, typical: number): [number, number] {
  const [, top, , bottom] = box.bbox;
  if (bottom - top >= typical / 2) return [top, bottom];
  const centre = (top + bottom) / 2;
  return [centre - typical / 2, centre + typical / 2];
}

/** Boxes grouped into lines (top to bottom), each box joining the line it overlaps most vertically. */
export function groupLines(page: PageText): Line[] {
  const typical = median(page.boxes.map((b) => b.bbox[3] - b.bbox[1]));
  const extents = new Map(page.boxes.map((b) => [b, groupingExtent(b, typical)]));
  const sorted = [...page.boxes].sort((a, b) => extents.get(a)![0] + extents.get(a)![1] - (extents.get(b)![0] + extents.get(b)![1]));
  const groups: { top: number; bottom: number; boxes: TextBox[] }[] = [];
  for (const box of sorted) {
    const [top, bottom] = extents.get(box)!;
    const h = bottom - top;
    let best: (typeof groups)[number] | null = null;
    let bestRatio = SAME_LINE_OVERLAP;
    // Only the last few lines can overlap a box that comes later in vertical order.
    for (let i = groups.length - 1; i >= Math.max(0, groups.length - 4); i--) {
      const g = groups[i]!;
      const overlap = Math.min(g.bottom, bottom) - Math.max(g.top, top);
      const ratio = overlap / Math.min(h, g.bottom - g.top);
      if (ratio >= bestRatio) {
        best = g;
        bestRatio = ratio;
      }
    }
    if (best) {
      best.boxes.push(box);
      // The line's extent follows its median box, so one tall box cannot swallow the next line.
      best.top = median(best.boxes.map((b) => extents.get(b)![0]));
      best.bottom = median(best.boxes.map((b) => extents.get(b)![1]));
    } else {
      groups.push({ top, bottom, boxes: [box] });
    }
  }
  return groups.map((g) => buildLine(page, g.boxes)).sort((a, b) => a.bbox[1] - b.bbox[1]);
}

/** The box around a span of a line's text (separators excluded), or null when it holds no glyph. */
export function spanBox(line: Line, start: number, end: number): BBox | null {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = start; i < end; i++) {
    const g = line.glyphs[i];
    if (!g || !line.text[i]!.trim()) continue;
    const b = line.boxes[g.box]!.bbox;
    x0 = Math.min(x0, g.x0);
    x1 = Math.max(x1, g.x1);
    y0 = Math.min(y0, b[1]);
    y1 = Math.max(y1, b[3]);
  }
  return x0 === Infinity ? null : [x0, y0, x1, y1];
}

/** Mean confidence of the boxes a span touches. */
export function spanConfidence(line: Line, start: number, end: number): number {
  const seen = new Set<number>();
  for (let i = start; i < end; i++) {
    const g = line.glyphs[i];
    if (g) seen.add(g.box);
  }
  if (!seen.size) return 0;
  let sum = 0;
  for (const i of seen) sum += line.boxes[i]!.confidence;
  return sum / seen.size;
}
