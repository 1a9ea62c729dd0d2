import { z } from 'zod';
import { claimStatusSchema } from './claim';
import { documentTypeSchema } from './document';
import { outcomeSchema, reasonCodeSchema } from '../workflow/mutations';

// A decision on a claim as the workstation keeps it: what decision.submit sent, plus where it stands
// (awaiting a supervisor's approval, returned, in force) and who approved or returned it.

export const DECISION_STATES = ['pending_info', 'awaiting_approval', 'decided', 'returned'] as const;

export const decisionSchema = z.object({
  /** The id of the decision.submit mutation that made it. */
  id: z.string(),
  claimId: z.string(),
  outcome: outcomeSchema,
  payableFen: z.number().int().nonnegative(),
  /** What the payout engine calculated: the payable amount may be lower, never higher. */
  engineFen: z.number().int().nonnegative(),
  reasons: z.array(reasonCodeSchema),
  note: z.string(),
  /** For `pend`: the document types asked of the claimant. */
  requestedDocuments: z.array(documentTypeSchema),
  editions: z.object({ pathway: z.string(), payout: z.string() }),
  /** sha256 of the canonical case JSON the decision was made on (case.export). */
  inputsHash: z.string(),
  state: z.enum(DECISION_STATES),
  makerId: z.string(),
  makerName: z.string().nullable(),
  madeAt: z.string(),
  approvedBy: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvalNote: z.string().nullable(),
  returnedBy: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnNote: z.string().nullable(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** What must hold before a claim may be approved (or paid in part): each guard links to what to fix. */
export const GUARD_CODES = ['FIELDS_UNCONFIRMED', 'WARNING_UNACKNOWLEDGED', 'OFF_PATHWAY_PAID', 'DOCUMENT_TYPE_MISSING'] as const;
export const guardSchema = z.object({
  code: z.enum(GUARD_CODES),
  /** The fields to look at: the unconfirmed ones, or those a warning names. */
  fieldIds: z.array(z.string()),
  warningKey: z.string().nullable(),
  /** The warning's own code (cross-checks), for its message. */
  warningCode: z.string().nullable(),
  expenseId: z.string().nullable(),
  treatmentId: z.string().nullable(),
  drug: z.string().nullable(),
  documentType: documentTypeSchema.nullable(),
  /** The biomarker whose report is missing, when that is why a document type is needed. */
  marker: z.string().nullable(),
});
export type Guard = z.infer<typeof guardSchema>;

/** Everything the decision tab shows and checks, as main sees it (the service enforces the same). */
export const decisionContextSchema = z.object({
  claimId: z.string(),
  status: claimStatusSchema,
  /** The payout engine's total now: the default payable amount and its ceiling. */
  engineFen: z.number().int().nonnegative(),
  editions: z.object({ pathway: z.string(), payout: z.string() }),
  guards: z.array(guardSchema),
  /** Document types the claim needs (docs/document-types.md, "Documents a claim needs"). */
  requiredDocuments: z.array(documentTypeSchema),
  /** The claim's current decision (awaiting approval, or in force), and every earlier one. */
  current: decisionSchema.nullable(),
  history: z.array(decisionSchema),
  /** Whether the user may make each workflow mutation now (the workflow's own answer). */
  may: z.object({
    submit: z.boolean(), refer: z.boolean(), completeReview: z.boolean(), approve: z.boolean(), return: z.boolean(),
  }),
  authorityLimitFen: z.number().int().nonnegative(),
});
export type DecisionContext = z.infer<typeof decisionContextSchema>;
