import type { ExtractionErrorCode } from './errors';
import type { ExtractionProgress, ExtractionResult, ExtractOptions } from './types';

// Messages between runExtractionInWorker and its worker thread.

export interface WorkerRequest {
  bytes: Uint8Array;
  options: Pick<ExtractOptions, 'password' | 'ocr' | 'ocrPageTimeoutMs'>;
}

export type WorkerReply =
  | { type: 'progress'; progress: ExtractionProgress }
  | { type: 'result'; result: ExtractionResult }
  /**
   * code null: an unexpected failure (a bug), not a property of the document; its stack goes to the
   * main process's log, never to the screen.
   */
  | { type: 'error'; code: ExtractionErrorCode | null; message: string; stack?: string };
