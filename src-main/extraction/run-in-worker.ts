import { Worker } from 'node:worker_threads';
import { ExtractionError } from './errors';
import type { ExtractionResult, ExtractOptions } from './types';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

// extractDocument in a worker thread, so the Electron main thread (or the host) stays responsive and
// a document that makes pdf.js or the recogniser spin or swell cannot take the process with it: the
// worker has a memory limit, and a hard time limit after which it is terminated.

export const DEFAULT_TIME_LIMIT_MS = 120_000;
export const DEFAULT_MEMORY_LIMIT_MB = 1024;

export interface WorkerExtractOptions extends ExtractOptions {
  /** Wall-clock limit for the whole job; the worker is terminated when it is reached. */
  timeLimitMs?: number;
  /** Old-generation heap limit of the worker (its V8 heap; the recogniser's WebAssembly memory is apart). */
  memoryLimitMb?: number;
}

/**
 * The worker: the bundled `extraction-worker.js` beside this module when built (the build must emit
 * it next to the main bundle); from source, a bootstrap that registers tsx's loader in the worker
 * thread and then imports the .ts worker (a worker's entry is loaded before any --import hook).
 */
function spawnWorker(memoryLimitMb: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb }, stdout: false, stderr: false };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extraction-worker.js', import.meta.url), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extraction-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

export function runExtractionInWorker(bytes: Uint8Array, options: WorkerExtractOptions = {}): Promise<ExtractionResult> {
  const { signal, onProgress, timeLimitMs = DEFAULT_TIME_LIMIT_MS, memoryLimitMb = DEFAULT_MEMORY_LIMIT_MB } = options;
  if (signal?.aborted) return Promise.reject(new ExtractionError('aborted', 'the extraction was cancelled'));
  const worker = spawnWorker(memoryLimitMb);
  return new Promise<ExtractionResult>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(new ExtractionError('timeout', `the extraction took longer than ${timeLimitMs} ms`))), timeLimitMs);
    const onAbort = () => finish(() => reject(new ExtractionError('aborted', 'the extraction was cancelled')));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'result') finish(() => resolve(reply.result));
      else if (reply.code) finish(() => reject(new ExtractionError(reply.code!, reply.message)));
      else finish(() => reject(new Error(`extraction failed: ${reply.message}`)));
    });
    worker.on('error', (e: Error & { code?: string }) => finish(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new ExtractionError('too_large', `the document needs more than ${memoryLimitMb} MB to read`)
      : e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`the extraction worker stopped (exit code ${code})`))));
    const copy = bytes.slice();
    const request: WorkerRequest = { bytes: copy, options: { password: options.password, ocr: options.ocr, ocrPageTimeoutMs: options.ocrPageTimeoutMs } };
    worker.postMessage(request, [copy.buffer]);
  });
}
