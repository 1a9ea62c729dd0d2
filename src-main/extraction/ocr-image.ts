import type { Canvas } from '@napi-rs/canvas';

// The image the recogniser reads: grey levels (PGM, which needs no encoding work) with seals taken
// out. A seal is stamped in red over names, dates and amounts, and the recogniser drops a line a seal
// touches. Seals are found as red rings: connected red shapes at least SEAL_MIN_PT across and about
// as wide as high (a red title is a row of smaller shapes); red inside a seal's box becomes paper.

const RED_MIN = 110;
const RED_MARGIN = 60;
const SEAL_MIN_PT = 36;

function isRed(r: number, g: number, b: number): boolean {
  return r > RED_MIN && r - Math.max(g, b) > RED_MARGIN;
}

interface Box { x0: number; y0: number; x1: number; y1: number }

/** Boxes of the red connected shapes that look like seals (flood fill over the red mask). */
function sealBoxes(red: Uint8Array, width: number, height: number, minSide: number): Box[] {
  const seals: Box[] = [];
  const stack = new Int32Array(red.length);
  for (let start = 0; start < red.length; start++) {
    if (red[start] !== 1) continue;
    let top = 0;
    stack[top++] = start;
    red[start] = 2;
    const box = { x0: width, y0: height, x1: 0, y1: 0 };
    while (top > 0) {
      const p = stack[--top]!;
      const x = p % width;
      const y = (p - x) / width;
      if (x < box.x0) box.x0 = x;
      if (x > box.x1) box.x1 = x;
      if (y < box.y0) box.y0 = y;
      if (y > box.y1) box.y1 = y;
      if (x > 0 && red[p - 1] === 1) { red[p - 1] = 2; stack[top++] = p - 1; }
      if (x < width - 1 && red[p + 1] === 1) { red[p + 1] = 2; stack[top++] = p + 1; }
      if (y > 0 && red[p - width] === 1) { red[p - width] = 2; stack[top++] = p - width; }
      if (y < height - 1 && red[p + width] === 1) { red[p + width] = 2; stack[top++] = p + width; }
    }
    const w = box.x1 - box.x0 + 1;
    const h = box.y1 - box.y0 + 1;
    if (Math.min(w, h) >= minSide && w / h > 0.7 && w / h < 1.4) seals.push(box);
  }
  return seals;
}

export interface OcrImage {
  /** The image as a PGM file. */
  pgm: Buffer;
  /** Its grey levels, row by row (a view into pgm). */
  gray: Uint8Array;
  width: number;
  height: number;
}

/**
 * A PGM file of a rectangle of the image (pixels, clamped to the image), narrowed to `xScale` of its
 * width (each output column the mean of the source columns it covers): full-width digits, spaced a
 * character apart, read as the figures they are once closed up.
 */
export function cropImage(image: OcrImage, x0: number, y0: number, x1: number, y1: number, xScale = 1): Buffer {
  const left = Math.max(0, Math.floor(x0));
  const top = Math.max(0, Math.floor(y0));
  const w = Math.max(1, Math.min(image.width, Math.ceil(x1)) - left);
  const h = Math.max(1, Math.min(image.height, Math.ceil(y1)) - top);
  const outW = Math.max(1, Math.round(w * xScale));
  const header = Buffer.from(`P5\n${outW} ${h}\n255\n`, 'ascii');
  const out = Buffer.allocUnsafe(header.length + outW * h);
  header.copy(out, 0);
  for (let y = 0; y < h; y++) {
    const row = image.gray.subarray((top + y) * image.width + left, (top + y) * image.width + left + w);
    if (outW === w) {
      out.set(row, header.length + y * w);
      continue;
    }
    for (let x = 0; x < outW; x++) {
      const from = Math.floor((x * w) / outW);
      const to = Math.max(from + 1, Math.floor(((x + 1) * w) / outW));
      let sum = 0;
      for (let k = from; k < to; k++) sum += row[k]!;
      out[header.length + y * outW + x] = sum / (to - from);
    }
  }
  return out;
}

/** The page for the recogniser, `scale` pixels per point, seals removed. */
export function ocrImage(canvas: Canvas, scale: number): OcrImage {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
  const out = Buffer.allocUnsafe(header.length + width * height);
  header.copy(out, 0);
  const gray = out.subarray(header.length);
  const red = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < red.length; i += 4, p++) {
    const r = rgba[i]!;
    const g = rgba[i + 1]!;
    const b = rgba[i + 2]!;
    gray[p] = (r * 299 + g * 587 + b * 114) / 1000;
    if (isRed(r, g, b)) red[p] = 1;
  }
  for (const s of sealBoxes(red, width, height, SEAL_MIN_PT * scale)) {
    for (let y = s.y0; y <= s.y1; y++) {
      for (let x = s.x0; x <= s.x1; x++) {
        const i = (y * width + x) * 4;
        if (isRed(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!)) gray[y * width + x] = 255;
      }
    }
  }
  return { pgm: out, gray, width, height };
}
