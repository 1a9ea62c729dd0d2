import type { BBox, DocumentType, ReadField } from '../../shared/domain/document';

// The engine's public shapes and the page model every stage shares.

export type ExtractionStage = 'open' | 'text' | 'render' | 'ocr' | 'fields' | 'done';

export interface ExtractionProgress {
  /** 1-based page being worked on; 0 before the first page and after the last. */
  page: number;
  pages: number;
  stage: ExtractionStage;
}

export interface ExtractOptions {
  password?: string;
  onProgress?: (p: ExtractionProgress) => void;
  signal?: AbortSignal;
  /** OCR pages without a usable text layer (default true). */
  ocr?: boolean;
  /** Per-page OCR time limit in ms (default 20 s); a page over it is skipped with a warning. */
  ocrPageTimeoutMs?: number;
}

export interface ExtractionResult {
  documentType: DocumentType;
  pages: number;
  fields: ReadField[];
  warnings: string[];
}

export type FieldSource = 'text' | 'ocr';

/** A run of text with its box as displayed (PDF points, top-left origin, page rotation applied). */
export interface TextBox {
  text: string;
  bbox: BBox;
  /** 0..1: 1 for the text layer, the recogniser's word confidence for OCR. */
  confidence: number;
  /** Left and right edge of each character (code point), where the recogniser gave them. */
  chars?: [number, number][];
}

/** One page's text, whatever it came from. */
export interface PageText {
  page: number;
  width: number;
  height: number;
  source: FieldSource;
  boxes: TextBox[];
}
