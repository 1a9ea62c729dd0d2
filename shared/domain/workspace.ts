import { z } from 'zod';
import { diagnosisSchema, patientSchema, priorLineSchema } from './case';
import { claimStatusSchema, prioritySchema } from './claim';
import { bboxSchema, documentTypeSchema, fieldSourceSchema } from './document';
import { CATALOGUES, DOSE_UNITS, EXPENSE_KINDS, EXPENSE_SETTINGS, FREQUENCIES } from './vocabulary';

// What the claim workspace reads: one claim with its documents, the fields read from them and the
// facts, treatments and expense lines the engines work on.

export const FIELD_STATUSES = ['extracted', 'confirmed', 'corrected'] as const;
export const fieldStatusSchema = z.enum(FIELD_STATUSES);
export type FieldStatus = z.infer<typeof fieldStatusSchema>;

export const fieldSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  key: z.string(),
  value: z.unknown(),
  text: z.string(),
  confidence: z.number(),
  status: fieldStatusSchema,
  page: z.number().int(),
  bbox: bboxSchema,
  source: fieldSourceSchema,
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type Field = z.infer<typeof fieldSchema>;

export const documentMetaSchema = z.object({
  id: z.string(),
  sha256: z.string(),
  documentType: documentTypeSchema,
  fileName: z.string(),
  pages: z.number().int(),
  sizeBytes: z.number().int(),
  importedAt: z.string(),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

export const treatmentRowSchema = z.object({
  id: z.string(),
  drug: z.string(),
  doseValue: z.number().nullable(),
  doseUnit: z.enum(DOSE_UNITS).nullable(),
  frequency: z.enum(FREQUENCIES).nullable(),
  cycle: z.number().int().nullable(),
  startDate: z.string().nullable(),
});
export type TreatmentRow = z.infer<typeof treatmentRowSchema>;

export const expenseRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(EXPENSE_KINDS),
  drug: z.string().nullable(),
  setting: z.enum(EXPENSE_SETTINGS),
  catalogue: z.enum(CATALOGUES),
  amountFen: z.number().int(),
  socialInsurancePaidFen: z.number().int(),
  otherPaidFen: z.number().int(),
  treatmentId: z.string().nullable(),
  included: z.boolean(),
});
export type ExpenseRow = z.infer<typeof expenseRowSchema>;

export const clinicalFactsSchema = z.object({
  patient: patientSchema.nullable(),
  diagnosis: diagnosisSchema.nullable(),
  biomarkers: z.array(z.record(z.string(), z.unknown())),
  priorLines: z.array(priorLineSchema),
  priorAdjuvant: z.array(priorLineSchema),
});
export type ClinicalFacts = z.infer<typeof clinicalFactsSchema>;

export const claimHeaderSchema = z.object({
  id: z.string(),
  claimNumber: z.string(),
  status: claimStatusSchema,
  priority: prioritySchema,
  claimantName: z.string(),
  claimantIdMasked: z.string(),
  product: z.string(),
  policyNumber: z.string(),
  policyStart: z.string(),
  policyEnd: z.string(),
  diagnosisText: z.string(),
  cancerType: z.string(),
  claimedFen: z.number().int(),
  receivedAt: z.string(),
  slaDue: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  version: z.number().int(),
  preExisting: z.boolean(),
  socialInsuranceSettled: z.boolean(),
});
export type ClaimHeader = z.infer<typeof claimHeaderSchema>;

/** A decision notice kept beside the claim (made on request, once per decision and language). */
export const noticeMetaSchema = z.object({
  decisionId: z.string(),
  language: z.enum(['zh-CN', 'en']),
  fileName: z.string(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type NoticeMeta = z.infer<typeof noticeMetaSchema>;

export const claimDetailSchema = z.object({
  claim: claimHeaderSchema,
  documents: z.array(documentMetaSchema),
  notices: z.array(noticeMetaSchema),
  /** Keys of the cross-document warnings someone acknowledged (shared/claim-case/cross-checks.ts warningKey). */
  acknowledged: z.array(z.string()),
  fields: z.array(fieldSchema),
  treatments: z.array(treatmentRowSchema),
  expenses: z.array(expenseRowSchema),
  facts: clinicalFactsSchema,
});
export type ClaimDetail = z.infer<typeof claimDetailSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.string(),
  userName: z.string().nullable(),
  claimId: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
