import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// pdf.js parses in its own module worker, bundled beside the app (the CSP allows workers from 'self').
GlobalWorkerOptions.workerSrc = workerUrl;

/** Opens a PDF from bytes. pdf.js takes ownership of the buffer it is given, so it gets a copy. */
export function openPdf(bytes: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({
    data: bytes.slice(),
    isEvalSupported: false, // the CSP forbids eval; pdf.js must not try it
    enableXfa: false,
    stopAtErrors: false,
  });
}
