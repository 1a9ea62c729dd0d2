import { ContractError } from '../../shared/contract/errors';
import { documentById } from '../db/queries/claim-detail';
import { DocumentMissingError } from '../store/document-store';
import type { ServiceContext } from './context';

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
