import { z } from 'zod';
import { ERROR_CODES } from '../contract/errors';

// A long job (document import and extraction) as the UI polls it through the contract.
export const JOB_STAGES = ['queued', 'open', 'text', 'render', 'ocr', 'fields', 'saving', 'done'] as const;

export const jobSchema = z.object({
  id: z.string(),
  kind: z.enum(['import', 'extract']),
  claimId: z.string(),
  documentId: z.string().nullable(),
  fileName: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  stage: z.enum(JOB_STAGES),
  page: z.number().int(),
  pages: z.number().int(),
  fieldCount: z.number().int(),
  /** One of the contract's stable codes (DOCUMENT_CORRUPT, PASSWORD_REQUIRED, ..., INTERNAL); the message is a short account, never a stack. */
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof jobSchema>;
