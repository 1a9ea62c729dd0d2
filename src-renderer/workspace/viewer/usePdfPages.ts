import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';

/** All pages of a document (pdf.js caches them), or the error that kept one from loading. */
export function usePdfPages(pdf: PDFDocumentProxy): { pages: PDFPageProxy[] | null; error: unknown } {
  const [result, setResult] = useState<{ pdf: PDFDocumentProxy; pages: PDFPageProxy[] | null; error: unknown } | null>(null);
  useEffect(() => {
    let alive = true;
    Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1))).then(
      (pages) => alive && setResult({ pdf, pages, error: null }),
      (error: unknown) => alive && setResult({ pdf, pages: null, error }),
    );
    return () => {
      alive = false;
    };
  }, [pdf]);
  return result?.pdf === pdf ? { pages: result.pages, error: result.error } : { pages: null, error: null };
}
