import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import PDFDocument from 'pdfkit';
import type { ReadField } from '../../shared/domain/document';
import { renderToCanvas } from '../../src-main/extraction/render-page';
import type { Rng } from './eval-random';

// Image-only scans of evaluation documents: each page rasterised at 180-240 dpi, turned a fraction
// of a degree, blurred slightly, sprinkled with specks, on greyish paper, saved as JPEG and placed in
// a new PDF that has no text layer. The truth is the same fields, read by OCR.

export async function scanOf(bytes: Uint8Array, fields: readonly ReadField[], rng: Rng): Promise<{ bytes: Buffer; fields: ReadField[] }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const out = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Producer: 'ClaimDesk evaluation scanner', CreationDate: new Date(Date.UTC(2025, 0, 1)) } });
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => out.on('end', resolve));
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const { canvas: clean } = await renderToCanvas(page, rng.int(250, 330) / 100);
      const canvas = createCanvas(clean.width, clean.height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = rng.pick(['#f6f6f2', '#f2f1ec', '#fafafa']);
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.save();
      ctx.translate(canvas.width / 2, canvas.height / 2);
      ctx.rotate(((rng.next() - 0.5) * 0.8 * Math.PI) / 180);
      ctx.translate(-canvas.width / 2, -canvas.height / 2);
      ctx.filter = `blur(${(0.2 + rng.next() * 0.3).toFixed(2)}px)`;
      ctx.globalCompositeOperation = 'multiply';
      ctx.drawImage(clean, 0, 0);
      ctx.restore();
      ctx.fillStyle = '#404040';
      for (let i = 0; i < 400; i++) ctx.fillRect(rng.next() * canvas.width, rng.next() * canvas.height, 1 + rng.next() * 1.5, 1 + rng.next() * 1.5);
      const jpeg = canvas.toBuffer('image/jpeg', rng.int(70, 88));
      out.addPage({ size: [view.width, view.height], margin: 0 });
      out.image(jpeg, 0, 0, { width: view.width, height: view.height });
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  out.end();
  await done;
  return { bytes: Buffer.concat(chunks), fields: fields.map((f) => ({ ...f, source: 'ocr' })) };
}
