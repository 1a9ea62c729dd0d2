import type { BBox } from '../../shared/domain/document';

// Boxes are [x0, y0, x1, y1] in PDF points, top-left origin, as displayed.

export function union(boxes: readonly BBox[]): BBox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x0 = Math.min(x0, b[0]);
    y0 = Math.min(y0, b[1]);
    x1 = Math.max(x1, b[2]);
    y1 = Math.max(y1, b[3]);
  }
  return [x0, y0, x1, y1];
}

/** The middle value (the upper of the two middle ones for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Rounded to 0.01 pt, as fields are stored. */
export function roundBox(b: BBox): BBox {
  return b.map((v) => Math.round(v * 100) / 100) as BBox;
}
