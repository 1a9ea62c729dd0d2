import type { PDFDocumentProxy } from 'pdfjs-dist';

/** Where opening a document stands; every state has something to show. */
export type PdfState =
  | { kind: 'loading' }
  | { kind: 'password'; wrong: boolean; submit: (password: string) => void }
  | { kind: 'ready'; pdf: PDFDocumentProxy }
  | { kind: 'error'; problem: PdfProblemKind; error: unknown };

/** corrupt: pdf.js cannot read the file; missing: the store has no (valid) file; failed: anything else. */
export type PdfProblemKind = 'corrupt' | 'missing' | 'failed';
