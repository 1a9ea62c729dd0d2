import { ContractError } from '../../shared/contract/errors';
import { documentById } from '../db/queries/claim-detail';
import { DocumentMissingError } from '../store/document-store';
import type { ServiceContext } from './context';
import { extractAgain, importDocument } from './import';
import type { Slice } from './slice';

/** A document's bytes, verified against their hash; the viewer decides what it can show. */
export function documentContent(ctx: ServiceContext, documentId: string): { sha256: string; bytes: Uint8Array<ArrayBuffer> } {
  const doc = documentById(ctx.db, documentId);
  try {
    return { sha256: doc.sha256, bytes: ctx.store.get(doc.sha256) };
  } catch (error) {
    if (error instanceof DocumentMissingError) throw new ContractError('DOCUMENT_MISSING', error.message);
    throw error;
  }
}

export const documentServices = (ctx: ServiceContext): Slice<'documents.content' | 'documents.import' | 'documents.extract' | 'jobs.get'> => ({
  'documents.content': (r) => documentContent(ctx, r.documentId),
  'documents.import': (r) => importDocument(ctx, r),
  'documents.extract': (r) => extractAgain(ctx, r),
  'jobs.get': (r) => ctx.jobs.get(r.jobId),
});
