import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

// A page rendered to an image as displayed (its rotation applied), for OCR. 2.5x (180 dpi) by
// default, where the recogniser reads 9-point Chinese print reliably; very large pages are rendered
// smaller so one page never needs more than MAX_PIXELS.

export const OCR_SCALE = 2.5;
const MAX_PIXELS = 16_000_000;

function renderScale(widthPt: number, heightPt: number, wanted = OCR_SCALE): number {
  return Math.min(wanted, Math.sqrt(MAX_PIXELS / Math.max(1, widthPt * heightPt)));
}

/** The page drawn on a white canvas at about `wanted` pixels per point (less for huge pages). */
export async function renderToCanvas(page: PDFPageProxy, wanted = OCR_SCALE): Promise<{ canvas: Canvas; scale: number }> {
  const base = page.getViewport({ scale: 1 });
  const scale = renderScale(base.width, base.height, wanted);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.max(1, Math.ceil(viewport.width)), Math.max(1, Math.ceil(viewport.height)));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // pdf.js draws on any 2D context with the DOM canvas API; @napi-rs/canvas provides one.
  await page.render({ canvasContext: ctx as unknown as CanvasRenderingContext2D, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  return { canvas, scale };
}
