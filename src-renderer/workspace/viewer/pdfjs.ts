import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// pdf.js parses in its own module worker, bundled beside the app (the CSP allows workers from 'self').
GlobalWorkerOptions.workerSrc = workerUrl;

// One worker for every document: starting a worker (and compiling its 1.2 MB script) per opened file
// is most of the wait between a click and a painted page. Destroying a document leaves it running.
let shared: PDFWorker | null = null;
function sharedWorker(): PDFWorker {
  if (!shared || shared.destroyed) shared = new PDFWorker();
  return shared;
}

/** Opens a PDF from bytes. pdf.js takes ownership of the buffer it is given, so it gets a copy. */
export function openPdf(bytes: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({
    data: bytes.slice(),
    worker: sharedWorker(),
    isEvalSupported: false, // the CSP forbids eval; pdf.js must not try it
    enableXfa: false,
    stopAtErrors: false,
  });
}
