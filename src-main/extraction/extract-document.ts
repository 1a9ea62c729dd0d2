import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { latestEditionId } from '../editions/current';
import { loadEdition } from '../editions/load-edition';
import { classify } from './classify';
import { buildModel } from './document-model';
import { ExtractionError } from './errors';
import { keepOcrEngine, type OcrEngine, takeOcrEngine } from './ocr';
import { openPdf, type OpenLimits } from './pdf-document';
import { readFields } from './read-fields';
import { ocrImage } from './ocr-image';
import { renderToCanvas } from './render-page';
import { isUsableTextLayer, readTextLayer } from './text-layer';
import type { ExtractionProgress, ExtractionResult, ExtractOptions, PageText } from './types';

// The pipeline: open the PDF (password, size guards) → per page, the text layer, or OCR of the
// rendered page when it has none → lines, pairs, tables → the document type → that type's fields.
// Every page step is bounded in time; a page that fails or overruns is skipped with a warning, and
// only a document none of whose pages can be read is `corrupt`.

export const OCR_PAGE_TIMEOUT_MS = 20_000;
const TEXT_PAGE_TIMEOUT_MS = 10_000;

export interface EngineOptions extends ExtractOptions, OpenLimits {}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExtractionError('CANCELLED', 'the extraction was cancelled');
}

class StepTimeout extends Error {}

/** The step's result, or a StepTimeout after ms (the step itself may still be running). */
async function withinTime<T>(step: Promise<T>, ms: number, signal: AbortSignal | undefined): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout()), ms);
    onAbort = () => reject(new ExtractionError('CANCELLED', 'the extraction was cancelled'));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([step, limit]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

interface Job {
  doc: PDFDocumentProxy;
  options: EngineOptions;
  warnings: string[];
  ocr: OcrEngine | null;
  progress(p: ExtractionProgress): void;
}

async function ocrPage(job: Job, page: PDFPageProxy, pages: number): Promise<PageText | null> {
  const { signal } = job.options;
  const n = page.pageNumber;
  const timeout = job.options.ocrPageTimeoutMs ?? OCR_PAGE_TIMEOUT_MS;
  const started = Date.now();
  try {
    job.progress({ page: n, pages, stage: 'render' });
    // The recogniser starts (a worker thread loading its model) while the page renders.
    const engine = job.ocr ? Promise.resolve(job.ocr) : takeOcrEngine();
    engine.catch(() => undefined);
    const { canvas, scale } = await withinTime(renderToCanvas(page), timeout, signal);
    const image = ocrImage(canvas, scale);
    job.progress({ page: n, pages, stage: 'ocr' });
    job.ocr = await withinTime(engine, timeout, signal);
    const boxes = await withinTime(job.ocr.recognize(image, scale), Math.max(1, timeout - (Date.now() - started)), signal);
    const view = page.getViewport({ scale: 1 });
    return { page: n, width: view.width, height: view.height, source: 'ocr', boxes };
  } catch (e) {
    if (!(e instanceof StepTimeout)) throw e;
    // A recogniser stuck on a page cannot be interrupted: it is replaced for the next page.
    await job.ocr?.terminate().catch(() => undefined);
    job.ocr = null;
    job.warnings.push(`page ${n}: OCR took longer than ${timeout} ms and was skipped`);
    return null;
  }
}

async function readPage(job: Job, n: number, pages: number): Promise<PageText | null> {
  const { signal } = job.options;
  job.progress({ page: n, pages, stage: 'text' });
  let page: PDFPageProxy;
  let text: PageText;
  try {
    page = await withinTime(job.doc.getPage(n), TEXT_PAGE_TIMEOUT_MS, signal);
    text = await withinTime(readTextLayer(page), TEXT_PAGE_TIMEOUT_MS, signal);
  } catch (e) {
    if (e instanceof ExtractionError) throw e;
    job.warnings.push(`page ${n}: ${e instanceof StepTimeout ? 'reading its text took too long' : `unreadable (${(e as Error).message})`}`);
    return null;
  }
  try {
    if (isUsableTextLayer(text.boxes)) return text;
    if (job.options.ocr === false) {
      job.warnings.push(`page ${n}: no usable text layer, and OCR is off`);
      return text;
    }
    return (await ocrPage(job, page, pages)) ?? text;
  } catch (e) {
    if (e instanceof ExtractionError) throw e;
    job.warnings.push(`page ${n}: could not be recognised (${(e as Error).message})`);
    return text;
  } finally {
    page.cleanup();
  }
}

/** Reads a claim document's type and fields. Throws ExtractionError with a stable code on failure. */
export async function extractDocument(bytes: Uint8Array, options: EngineOptions = {}): Promise<ExtractionResult> {
  throwIfAborted(options.signal);
  const progress = (p: ExtractionProgress) => options.onProgress?.(p);
  progress({ page: 0, pages: 0, stage: 'open' });
  const doc = await openPdf(bytes, options.password, options);
  const job: Job = { doc, options, warnings: [], ocr: null, progress };
  const pages = doc.numPages;
  let clean = false;
  try {
    const texts: PageText[] = [];
    for (let n = 1; n <= pages; n++) {
      throwIfAborted(options.signal);
      const page = await readPage(job, n, pages);
      if (page) texts.push(page);
    }
    if (!texts.length) throw new ExtractionError('DOCUMENT_CORRUPT', 'no page of the document can be read');
    progress({ page: 0, pages, stage: 'fields' });
    const model = buildModel(texts);
    const { documentType } = classify(model.lines);
    const drugs = loadEdition(latestEditionId()).drugs;
    const fields = readFields(model, documentType, drugs, (m) => job.warnings.push(m));
    progress({ page: 0, pages, stage: 'done' });
    clean = true;
    return { documentType, pages, fields, warnings: job.warnings };
  } finally {
    // A recogniser left mid-page by an error or a cancellation is not reused.
    if (job.ocr && clean) keepOcrEngine(job.ocr);
    else await job.ocr?.terminate().catch(() => undefined);
    await doc.destroy().catch(() => undefined);
  }
}
