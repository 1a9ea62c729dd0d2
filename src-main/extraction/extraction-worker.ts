import { parentPort } from 'node:worker_threads';
import { ExtractionError } from './errors';
import { extractDocument } from './extract-document';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

// The worker thread side of runExtractionInWorker: jobs one at a time, for as long as the parent keeps it.

const port = parentPort;
if (!port) throw new Error('extraction-worker must run in a worker thread');

port.on('message', (request: WorkerRequest) => {
  const send = (reply: WorkerReply) => port.postMessage(reply);
  extractDocument(request.bytes, { ...request.options, onProgress: (progress) => send({ type: 'progress', progress }) }).then(
    (result) => send({ type: 'result', result }),
    (e: unknown) => send(e instanceof ExtractionError
      ? { type: 'error', code: e.code, message: e.message }
      : { type: 'error', code: null, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined }),
  );
});
