import { z } from 'zod';
import { payoutCaseSchema } from './case';
import { claimStatusSchema, prioritySchema, userSchema } from './claim';
import { documentTypeSchema, readFieldSchema } from './document';

// The demo dataset as the generator writes it (resources/demo/dataset.json) and the cache loads it.
// Files live beside it as files/<sha256>.pdf, content-addressed like the document store.

export const datasetDocumentSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string(),
  documentType: documentTypeSchema,
  pages: z.number().int().min(0),
  /** Set on deliberately broken demo files, so the loader and the tests know what to expect. */
  defect: z.enum(['corrupt', 'encrypted']).optional(),
  /** For `encrypted` files: the password the claimant supplied separately (shown nowhere in the UI). */
  password: z.string().optional(),
  fields: z.array(readFieldSchema),
});

export const datasetClaimSchema = z.object({
  claimNumber: z.string(),
  status: claimStatusSchema,
  priority: prioritySchema,
  receivedAt: z.string(),
  slaDue: z.string(),
  assigneeId: z.string().nullable(),
  claimant: z.object({ name: z.string(), idNumber: z.string(), sex: z.enum(['M', 'F']), birthDate: z.string() }),
  policy: z.object({
    policyNumber: z.string(),
    product: z.string(),
    startDate: z.string(),
    endDate: z.string(),
  }),
  diagnosisText: z.string(),
  cancerType: z.string(),
  claimedFen: z.number().int().nonnegative(),
  /** Realistic problems this claim carries on purpose (missing_biomarker_report, dose_above_label, ...). */
  problems: z.array(z.string()),
  /** Printed names of the expense lines, by expense id (the case format carries no names). */
  expenseNames: z.record(z.string(), z.string()).default({}),
  /** The generator's truth in the engines' exchange format; caseId is the claim number. */
  case: payoutCaseSchema,
  documents: z.array(datasetDocumentSchema),
});

export const datasetSchema = z.object({
  format: z.literal('claimdesk-demo/1'),
  generatedAt: z.string(),
  seed: z.number().int(),
  users: z.array(userSchema),
  claims: z.array(datasetClaimSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetClaim = z.infer<typeof datasetClaimSchema>;
export type DatasetDocument = z.infer<typeof datasetDocumentSchema>;
