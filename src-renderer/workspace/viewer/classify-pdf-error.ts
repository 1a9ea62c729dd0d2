import { ContractError } from '../../../shared/contract/errors';
import type { PdfProblemKind } from './pdf-state';

// pdf.js names the exceptions it rejects with; these mean the bytes are not a readable PDF.
const UNREADABLE = new Set(['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'ResponseException']);

export function classifyPdfError(error: unknown): PdfProblemKind {
  if (error instanceof ContractError) return error.code === 'DOCUMENT_MISSING' ? 'missing' : 'failed';
  const name = error instanceof Error ? error.name : (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && UNREADABLE.has(name) ? 'corrupt' : 'failed';
}
