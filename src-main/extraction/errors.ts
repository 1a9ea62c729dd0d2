// Why a document could not be read, as a stable code the UI and the CLI can act on.

export const EXTRACTION_ERROR_CODES = ['corrupt', 'password_required', 'password_wrong', 'too_large', 'timeout', 'aborted'] as const;
export type ExtractionErrorCode = (typeof EXTRACTION_ERROR_CODES)[number];

export class ExtractionError extends Error {
  override name = 'ExtractionError';

  constructor(readonly code: ExtractionErrorCode, message: string) {
    super(message);
  }
}
