import { ContractError } from '../../shared/contract/errors';
import type { ExtractionResult, ExtractOptions } from '../extraction/types';
import { attachDocument, saveExtraction } from '../db/mutations/documents';
import { documentById } from '../db/queries/claim-detail';
import type { ServiceContext } from './context';
import { currentUser } from './session';

// Importing a document into a claim: the file goes into the store and is attached at once (so it is
// never lost), then its fields are read off the UI's thread and saved, with progress on the job.

export type Extractor = (bytes: Uint8Array, options: Pick<ExtractOptions, 'password' | 'onProgress'>) => Promise<ExtractionResult>;

function errorOf(error: unknown): { code: string; message: string } {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return { code: typeof code === 'string' ? code : 'internal', message };
}

function runExtraction(ctx: ServiceContext, jobId: string, documentId: string, bytes: Uint8Array, userId: string, password?: string): void {
  ctx.extract(bytes, {
    password,
    onProgress: (p) => ctx.jobs.update(jobId, { stage: p.stage === 'done' ? 'saving' : p.stage, page: p.page, pages: p.pages }),
  }).then((result) => {
    ctx.jobs.update(jobId, { stage: 'saving', pages: result.pages });
    const fieldCount = saveExtraction(ctx.db, userId, documentId, result);
    ctx.jobs.update(jobId, { state: 'done', stage: 'done', fieldCount });
  }).catch((error: unknown) => {
    ctx.jobs.update(jobId, { state: 'failed', error: errorOf(error) });
  });
}

export function importDocument(ctx: ServiceContext, r: { claimId: string; fileName: string; bytes: Uint8Array; password?: string }) {
  const user = currentUser(ctx);
  const sha256 = ctx.store.put(r.bytes);
  const documentId = attachDocument(ctx.db, user.id, { claimId: r.claimId, sha256, fileName: r.fileName, sizeBytes: r.bytes.byteLength });
  const job = ctx.jobs.start({ kind: 'import', claimId: r.claimId, documentId, fileName: r.fileName });
  runExtraction(ctx, job.id, documentId, r.bytes, user.id, r.password);
  return job;
}

export function extractAgain(ctx: ServiceContext, r: { documentId: string; password?: string }) {
  const user = currentUser(ctx);
  const doc = documentById(ctx.db, r.documentId);
  let bytes: Uint8Array;
  try {
    bytes = ctx.store.get(doc.sha256);
  } catch (error) {
    throw new ContractError('DOCUMENT_MISSING', error instanceof Error ? error.message : String(error));
  }
  const job = ctx.jobs.start({ kind: 'extract', claimId: doc.claimId, documentId: r.documentId, fileName: doc.fileName });
  runExtraction(ctx, job.id, r.documentId, bytes, user.id, r.password);
  return job;
}
