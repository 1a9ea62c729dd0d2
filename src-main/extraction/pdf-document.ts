import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, PasswordResponses, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ExtractionError } from './errors';

// Opening a PDF with pdf.js in Node, without a worker (the "fake worker" runs in this thread; the
// caller isolates whole jobs in a worker_threads Worker instead). Failures become typed errors.

export const MAX_BYTES = 64 * 1024 * 1024;
export const MAX_PAGES = 300;

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// Predefined CMaps (Chinese PDFs often use non-embedded Adobe-GB1 fonts) and the standard fonts,
// read from the installed package: nothing is fetched.
const CMAP_URL = `${path.join(pdfjsRoot, 'cmaps')}${path.sep}`;
const STANDARD_FONT_URL = `${path.join(pdfjsRoot, 'standard_fonts')}${path.sep}`;

export interface OpenLimits {
  maxBytes?: number;
  maxPages?: number;
}

function passwordError(e: unknown): ExtractionError | null {
  const ex = e as { name?: string; code?: number } | null;
  if (ex?.name !== 'PasswordException') return null;
  return ex.code === PasswordResponses.INCORRECT_PASSWORD
    ? new ExtractionError('PASSWORD_WRONG', 'the password is wrong')
    : new ExtractionError('PASSWORD_REQUIRED', 'the document is password-protected');
}

export async function openPdf(bytes: Uint8Array, password: string | undefined, limits: OpenLimits = {}): Promise<PDFDocumentProxy> {
  const maxBytes = limits.maxBytes ?? MAX_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw new ExtractionError('TOO_LARGE', `the file is ${bytes.byteLength} bytes, over the limit of ${maxBytes}`);
  }
  if (bytes.byteLength === 0) throw new ExtractionError('DOCUMENT_CORRUPT', 'the file is empty');
  const task = getDocument({
    // pdf.js may take over the buffer it is given: it gets a copy, the caller keeps its bytes.
    data: new Uint8Array(bytes),
    password,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_URL,
    verbosity: VerbosityLevel.ERRORS,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw passwordError(e) ?? new ExtractionError('DOCUMENT_CORRUPT', `not a readable PDF (${(e as Error)?.message ?? String(e)})`);
  }
  const maxPages = limits.maxPages ?? MAX_PAGES;
  if (doc.numPages > maxPages) {
    await doc.destroy();
    throw new ExtractionError('TOO_LARGE', `the document has ${doc.numPages} pages, over the limit of ${maxPages}`);
  }
  if (doc.numPages === 0) {
    await doc.destroy();
    throw new ExtractionError('DOCUMENT_CORRUPT', 'the document has no pages');
  }
  return doc;
}
