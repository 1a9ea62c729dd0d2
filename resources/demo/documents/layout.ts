import type { BBox } from '../../../shared/domain/document';
import { label, type PrintStyle } from '../printed';
import { A4, MARGIN, type FormWriter, type TextStyle } from '../pdf/form-writer';

// Layout shared by the documents: the letterhead, rows of label/value pairs in columns, and the
// sign-off line. Kept small so each document's own file reads like the form it prints.

export const CONTENT_WIDTH = A4.width - 2 * MARGIN;

/** Hospital (or lab) name and the document title, centred. Returns the name's box and the y below. */
export function letterhead(w: FormWriter, issuer: string, title: string, y = 40, color = '#111111'): { issuerBox: BBox; bottom: number } {
  const issuerBox = w.centered(issuer, y, { size: 15, bold: true, color });
  w.centered(title, y + 24, { size: 14, bold: true, color });
  w.line(MARGIN, y + 50, A4.width - MARGIN, y + 50, 1);
  return { issuerBox, bottom: y + 60 };
}

export interface Pair {
  label: string;
  text: string;
  /** Record a read field under this key with this value. */
  key?: string;
  value?: unknown;
}

/**
 * One row of label/value pairs; fields are recorded for pairs with a key. Columns start at the given
 * fractions of the content width (default: equal columns).
 */
export function pairRow(w: FormWriter, style: PrintStyle, y: number, pairs: readonly Pair[], textStyle: TextStyle = {}, starts?: readonly number[]): void {
  pairs.forEach((p, i) => {
    const x = MARGIN + CONTENT_WIDTH * (starts?.[i] ?? i / pairs.length);
    const box = w.labelled(label(p.label, style), p.text, x, y, textStyle);
    if (p.key) w.field(p.key, p.value, p.text, box);
  });
}

/** A pair whose value may be long: label at the margin, value after it, the rest of the line free. */
export function wideRow(w: FormWriter, style: PrintStyle, y: number, pair: Pair, textStyle: TextStyle = {}): BBox {
  const box = w.labelled(label(pair.label, style), pair.text, MARGIN, y, textStyle);
  if (pair.key) w.field(pair.key, pair.value, pair.text, box);
  return box;
}

/** A titled paragraph of running text; returns the y below it. */
export function section(w: FormWriter, style: PrintStyle, y: number, title: string, body: string): number {
  w.text(label(title, style), MARGIN, y, { size: 10, bold: true });
  return w.paragraph(body, MARGIN + 12, y + 16, CONTENT_WIDTH - 12, { size: 9.5 }) + 6;
}
