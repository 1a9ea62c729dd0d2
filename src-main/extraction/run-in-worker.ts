import { Worker } from 'node:worker_threads';
import { ExtractionError } from './errors';
import type { ExtractionResult, ExtractOptions } from './types';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

// extractDocument in a worker thread, so the Electron main thread (or the host) stays responsive and
// a document that makes pdf.js or the recogniser spin or swell cannot take the process with it: the
// worker has a memory limit, and a hard time limit after which it is terminated. A worker whose job
// ended cleanly is kept, unreferenced, for the next job for IDLE_MS: its recogniser stays warm.

export const DEFAULT_TIME_LIMIT_MS = 120_000;
export const DEFAULT_MEMORY_LIMIT_MB = 1024;
const IDLE_MS = 20_000;

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

let idle: { worker: Worker; memoryLimitMb: number; timer: NodeJS.Timeout; drop(): void } | null = null;

function takeWorker(memoryLimitMb: number): Worker {
  if (idle && idle.memoryLimitMb === memoryLimitMb) {
    const { worker, timer, drop } = idle;
    idle = null;
    clearTimeout(timer);
    worker.off('error', drop).off('exit', drop);
    worker.ref();
    return worker;
  }
  return spawnWorker(memoryLimitMb);
}

/** Keeps a worker for the next job without holding the process open; one is kept, others end. */
function keepWorker(worker: Worker, memoryLimitMb: number): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  // An idle worker that fails or exits is simply dropped.
  const drop = () => {
    if (idle?.worker !== worker) return;
    clearTimeout(idle.timer);
    idle = null;
  };
  worker.once('error', drop).once('exit', drop);
  const timer = setTimeout(() => {
    drop();
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, memoryLimitMb, timer, drop };
}

export function runExtractionInWorker(bytes: Uint8Array, options: WorkerExtractOptions = {}): Promise<ExtractionResult> {
  const { signal, onProgress, timeLimitMs = DEFAULT_TIME_LIMIT_MS, memoryLimitMb = DEFAULT_MEMORY_LIMIT_MB } = options;
  if (signal?.aborted) return Promise.reject(new ExtractionError('CANCELLED', 'the extraction was cancelled'));
  const worker = takeWorker(memoryLimitMb);
  return new Promise<ExtractionResult>((resolve, reject) => {
    let settled = false;
    /** Ends the job; the worker is kept only when it answered (a result or a typed error). */
    const finish = (outcome: () => void, answered = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (answered) keepWorker(worker, memoryLimitMb);
      else void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(new ExtractionError('TIMEOUT', `the extraction took longer than ${timeLimitMs} ms`))), timeLimitMs);
    const onAbort = () => finish(() => reject(new ExtractionError('CANCELLED', 'the extraction was cancelled')));
    signal?.addEventListener('abort', onAbort, { once: true });
    const onMessage = (reply: WorkerReply) => {
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'result') finish(() => resolve(reply.result), true);
      else if (reply.code) finish(() => reject(new ExtractionError(reply.code!, reply.message)), true);
      else {
        if (reply.stack) console.error(`extraction worker: ${reply.stack}`);
        finish(() => reject(new Error(`extraction failed: ${reply.message}`)));
      }
    };
    const onError = (e: Error & { code?: string }) => finish(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new ExtractionError('TOO_LARGE', `the document needs more than ${memoryLimitMb} MB to read`)
      : e));
    const onExit = (code: number) => finish(() => reject(new Error(`the extraction worker stopped (exit code ${code})`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    // A copy of its own to transfer (a Buffer's slice() would share, and detach, the caller's memory).
    const copy = new Uint8Array(bytes);
    const request: WorkerRequest = { bytes: copy, options: { password: options.password, ocr: options.ocr, ocrPageTimeoutMs: options.ocrPageTimeoutMs } };
    worker.postMessage(request, [copy.buffer]);
  });
}
