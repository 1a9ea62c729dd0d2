import type { PDFDocumentProxy } from 'pdfjs-dist';

// Whether a document's first page is on screen yet. Canvas drawing runs on the UI thread, so the
// thumbnails and text layers wait for it: the page the adjuster clicked for is drawn first, alone.

const painted = new WeakMap<PDFDocumentProxy, { promise: Promise<void>; resolve: () => void }>();

function entry(pdf: PDFDocumentProxy) {
  let e = painted.get(pdf);
  if (!e) {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => { resolve = r; });
    painted.set(pdf, (e = { promise, resolve }));
  }
  return e;
}

export const markFirstPagePainted = (pdf: PDFDocumentProxy): void => entry(pdf).resolve();
export const firstPagePainted = (pdf: PDFDocumentProxy): Promise<void> => entry(pdf).promise;
