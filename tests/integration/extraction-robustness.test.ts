import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTRACTION_ERROR_CODES, ExtractionError } from '../../src-main/extraction/errors';
import { extractDocument } from '../../src-main/extraction/extract-document';
import { runExtractionInWorker } from '../../src-main/extraction/run-in-worker';
import type { ExtractionResult } from '../../src-main/extraction/types';
import { generateDocument } from '../extraction/eval-documents';
import { Rng } from '../extraction/eval-random';
import { scanOf } from '../extraction/eval-scan';

// Whatever file it is given, the engine gives a result or a typed error, within a time bound: damaged
// and truncated files, encrypted ones with and without their password, an image-only scan, a long
// document, and a job that overruns its time limit in the worker.

const BOUND_MS = 30_000;
let tried = 0;

type Outcome = { result: ExtractionResult } | { error: ExtractionError };

async function attempt(bytes: Uint8Array, options: Parameters<typeof extractDocument>[1] = {}): Promise<Outcome> {
  tried++;
  const started = Date.now();
  try {
    return { result: await extractDocument(bytes, options) };
  } catch (e) {
    if (!(e instanceof ExtractionError)) throw e;
    expect(EXTRACTION_ERROR_CODES).toContain(e.code);
    expect(e.message.length).toBeGreaterThan(0);
    return { error: e };
  } finally {
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  }
}

const code = (o: Outcome) => ('error' in o ? o.error.code : 'ok');

async function longPdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  for (let i = 1; i <= pages; i++) {
    if (i > 1) doc.addPage();
    for (let l = 0; l < 40; l++) doc.text(`Page ${i} line ${l}: claim document text, amount ${i * 100 + l}.00`);
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

describe('extraction robustness', () => {
  const rng = new Rng(2025);
  const good = generateDocument(rng.fork(1), 'discharge_summary');

  afterAll(() => console.log(`extraction robustness: ${tried} files tried`));

  it('calls random bytes, a PDF header over garbage and an empty file corrupt', async () => {
    const noise = (n: number, seed: number) => { const r = new Rng(seed); return Uint8Array.from({ length: n }, () => r.int(0, 255)); };
    const files = [noise(10, 1), noise(5000, 2), noise(200_000, 3), new Uint8Array(0),
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(noise(4000, 4))]), Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF')];
    for (const f of files) expect(code(await attempt(f))).toBe('DOCUMENT_CORRUPT');
  });

  it('reads a truncated PDF as far as it goes, or calls it corrupt', async () => {
    const { bytes } = await good;
    for (const share of [0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 0.99, 0.999]) {
      const outcome = await attempt(bytes.subarray(0, Math.floor(bytes.length * share)));
      expect(['ok', 'DOCUMENT_CORRUPT']).toContain(code(outcome));
    }
  });

  it('needs the password of an encrypted file, and reads it with the right one', async () => {
    const { bytes, fields } = await generateDocument(rng.fork(2), 'medical_invoice', 'pw-4711');
    expect(code(await attempt(bytes))).toBe('PASSWORD_REQUIRED');
    expect(code(await attempt(bytes, { password: 'wrong' }))).toBe('PASSWORD_WRONG');
    const opened = await attempt(bytes, { password: 'pw-4711' });
    expect('result' in opened && opened.result.documentType).toBe('medical_invoice');
    expect('result' in opened && opened.result.fields.length).toBeGreaterThanOrEqual(fields.length - 1);
  });

  it('reads an image-only scan by OCR, and says so when OCR is off', async () => {
    const doc = await generateDocument(rng.fork(3), 'pathology_report');
    const scan = await scanOf(doc.bytes, doc.fields, rng.fork(4));
    const off = await attempt(scan.bytes, { ocr: false });
    expect('result' in off && off.result.warnings.join()).toMatch(/no usable text layer/);
    const on = await attempt(scan.bytes);
    expect('result' in on && on.result.fields.every((f) => f.source === 'ocr')).toBe(true);
    expect('result' in on && on.result.fields.length).toBeGreaterThan(0);
  });

  it('reads a 50-page document with progress for every page', async () => {
    const seen = new Set<number>();
    const outcome = await attempt(await longPdf(50), { onProgress: (p) => seen.add(p.page) });
    expect('result' in outcome && outcome.result.pages).toBe(50);
    expect(seen.size).toBe(51);
  });

  it('refuses a document over the page limit as too large', async () => {
    expect(code(await attempt(await longPdf(6), { maxPages: 5 }))).toBe('TOO_LARGE');
  });

  it('stops on cancellation', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(code(await attempt((await good).bytes, { signal: controller.signal }))).toBe('CANCELLED');
  });

  it('terminates a worker job at its time limit, and reads in a worker otherwise', async () => {
    const { bytes } = await good;
    tried += 2;
    const result = await runExtractionInWorker(bytes, { timeLimitMs: 20_000 });
    expect(result.documentType).toBe('discharge_summary');
    const doc = await generateDocument(rng.fork(5), 'medical_invoice');
    const scan = await scanOf(doc.bytes, doc.fields, rng.fork(6));
    const started = Date.now();
    await expect(runExtractionInWorker(scan.bytes, { timeLimitMs: 300 })).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reads job after job in a kept worker with a warm recogniser, and after a terminated one', async () => {
    const doc = await generateDocument(rng.fork(7), 'pathology_report');
    const scan = await scanOf(doc.bytes, doc.fields, rng.fork(8));
    tried += 4;
    await expect(runExtractionInWorker(scan.bytes, { timeLimitMs: 200 })).rejects.toMatchObject({ code: 'TIMEOUT' });
    const first = await runExtractionInWorker(scan.bytes);
    const second = await runExtractionInWorker(scan.bytes);
    expect(first.fields.length).toBeGreaterThan(3);
    expect(second).toEqual(first);
    // A typed error leaves the worker usable too.
    await expect(runExtractionInWorker(new TextEncoder().encode('not a pdf'))).rejects.toMatchObject({ code: 'DOCUMENT_CORRUPT' });
    expect((await runExtractionInWorker((await good).bytes)).documentType).toBe('discharge_summary');
  });
});
