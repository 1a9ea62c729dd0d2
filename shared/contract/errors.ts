// Stable error codes: code reads them, people read the message. Never rename one; add new ones.
export const ERROR_CODES = [
  'BAD_REQUEST', // the payload failed the handler's request schema; `path` names the field
  'UNKNOWN_HANDLER', // no such handler in the contract
  'UNAUTHORIZED', // browser host: missing or wrong start token
  'FORBIDDEN', // sender or origin not allowed, or the user's role or assignment may not do this
  'NOT_FOUND', // the claim, document, field or view does not exist
  'CONFLICT', // the row changed since it was read
  'DOCUMENT_MISSING', // the document's file is not in the store (or fails its hash)
  'INTERNAL', // a bug or an environment failure; details are in the main process log
  'INVALID_STATE', // the claim's state does not allow this (docs/workflow.md)
  'GUARD_FAILED', // a decision's guards do not hold yet (an unconfirmed field, a missing document, ...)
  'DOCUMENT_CORRUPT', // the file is not a readable PDF (or has no readable page)
  'PASSWORD_REQUIRED', // the PDF is password-protected and no password was given
  'PASSWORD_WRONG', // the password given does not open the PDF
  'TOO_LARGE', // over a size, page or memory limit
  'TIMEOUT', // a long job ran past its time limit
  'CANCELLED', // a long job was cancelled
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractErrorShape {
  code: ErrorCode;
  message: string;
  /** For BAD_REQUEST: the offending field, e.g. `sort[0].dir`. */
  path?: string;
}

/** Thrown by services (and by the renderer's api) to carry a stable code across every boundary. */
export class ContractError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;

  constructor(code: ErrorCode, message: string, path?: string) {
    super(message);
    this.name = 'ContractError';
    this.code = code;
    this.path = path;
  }

  toShape(): ContractErrorShape {
    return this.path === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, path: this.path };
  }
}
