import type { ErrorCode } from '../../shared/contract/errors';

// Why a document could not be read, as one of the contract's stable codes: the UI, the jobs and the
// CLI all act on the same vocabulary.

export const EXTRACTION_ERROR_CODES = [
  'DOCUMENT_CORRUPT', 'PASSWORD_REQUIRED', 'PASSWORD_WRONG', 'TOO_LARGE', 'TIMEOUT', 'CANCELLED',
] as const satisfies readonly ErrorCode[];
export type ExtractionErrorCode = (typeof EXTRACTION_ERROR_CODES)[number];

export class ExtractionError extends Error {
  override name = 'ExtractionError';

  constructor(readonly code: ExtractionErrorCode, message: string) {
    super(message);
  }
}
