import type { ContractErrorShape } from '../../shared/contract/errors';
import { ContractError } from '../../shared/contract/errors';
import { saveExtraction, writeAttachment } from '../db/mutations/documents';
import { documentById } from '../db/queries/claim-detail';
import { ExtractionError } from '../extraction/errors';
import type { ExtractionResult, ExtractOptions } from '../extraction/types';
import type { ServiceContext } from './context';
import { currentUser } from './session';
import { mutateClaim } from './workflow';

// Importing a document into a claim: the file goes into the store and is attached at once (so it is
// never lost), then its fields are read off the UI's thread and saved, with progress on the job.

export type Extractor = (bytes: Uint8Array, options: Pick<ExtractOptions, 'password' | 'onProgress'>) => Promise<ExtractionResult>;

/** A job's error in the contract's vocabulary: the document's own problem by its code, anything else INTERNAL with the detail logged. */
function jobError(error: unknown): ContractErrorShape {
  if (error instanceof ExtractionError) return { code: error.code, message: error.message };
  if (error instanceof ContractError) return error.toShape();
  console.error('document import failed:', error);
  return { code: 'INTERNAL', message: 'reading the document failed unexpectedly; the details are in the workstation log' };
}

function runExtraction(ctx: ServiceContext, jobId: string, documentId: string, bytes: Uint8Array, userId: string, password?: string): void {
  ctx.extract(bytes, {
    password,
    onProgress: (p) => ctx.jobs.update(jobId, { stage: p.stage === 'done' ? 'saving' : p.stage, page: p.page, pages: p.pages }),
  }).then((result) => {
    ctx.jobs.update(jobId, { stage: 'saving', pages: result.pages });
    const fieldCount = ctx.transact(userId, (tx) => saveExtraction(tx, documentId, result));
    ctx.jobs.update(jobId, { state: 'done', stage: 'done', fieldCount });
  }).catch((error: unknown) => {
    ctx.jobs.update(jobId, { state: 'failed', error: jobError(error) });
  });
}

export function importDocument(ctx: ServiceContext, r: { claimId: string; fileName: string; bytes: Uint8Array; password?: string }) {
  const user = currentUser(ctx);
  const sha256 = ctx.store.put(r.bytes);
  const { result: documentId } = ctx.transact(user.id, (tx) => mutateClaim(tx, user, r.claimId,
    { kind: 'document.attach', payload: { documentId: sha256, documentType: 'other', fileName: r.fileName } },
    () => writeAttachment(tx, { claimId: r.claimId, sha256, fileName: r.fileName, sizeBytes: r.bytes.byteLength })));
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
