import { z } from 'zod';
import { documentTypeSchema } from '../domain/document';
import { VERDICTS } from '../domain/vocabulary';
import { REASON_CODES } from './reason-codes';

// The mutations a workstation sends the centre, each with its payload exactly as the centre takes it
// (docs/workflow.md, "Mutations"). The outbox stores these payloads; the centre validates with the same
// schemas, so the two sides cannot read a payload differently.

export const OUTCOMES = ['approve', 'partial', 'deny', 'pend'] as const;
export const outcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcomeSchema>;

export const reasonCodeSchema = z.enum(REASON_CODES);

const note = z.string().max(2000);
const fen = z.number().int().nonnegative();

export const mutationPayloadSchemas = {
  'document.attach': z.object({ documentId: z.string().regex(/^[0-9a-f]{64}$/), documentType: documentTypeSchema, fileName: z.string().min(1).max(200) }),
  'field.correct': z.object({ documentId: z.string().min(1), key: z.string().min(1), value: z.json(), previousValue: z.json(), reason: z.string().min(1).max(500) }),
  'field.confirm': z.object({ documentId: z.string().min(1), key: z.string().min(1), value: z.json() }),
  'expense.include': z.object({ expenseLineId: z.string().min(1), included: z.boolean(), reason: z.string().min(1).max(500) }),
  'pathway.override': z.object({ treatmentId: z.string().min(1), verdict: z.enum(VERDICTS).nullable(), justification: z.string().min(1).max(1000) }),
  'decision.submit': z.object({
    outcome: outcomeSchema,
    payableFen: fen,
    reasons: z.array(reasonCodeSchema).max(REASON_CODES.length),
    note,
    editions: z.object({ pathway: z.string().min(1), payout: z.string().min(1) }),
    inputsHash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  'decision.approve': z.object({ decisionId: z.string().min(1), note }),
  'decision.return': z.object({ decisionId: z.string().min(1), note }),
  'claim.refer': z.object({ note }),
  'review.complete': z.object({ note }),
  'claim.assign': z.object({ assigneeId: z.string().min(1), note, priority: z.enum(['urgent', 'high', 'normal', 'low']).optional() }),
  'audit.finding': z.object({ sampleId: z.string().min(1), agree: z.boolean(), reasonCode: reasonCodeSchema.nullable(), note, misstatementFen: fen.optional() }),
} as const;

export type MutationKind = keyof typeof mutationPayloadSchemas;
export const MUTATION_KINDS = Object.keys(mutationPayloadSchemas) as MutationKind[];
export type MutationPayload<K extends MutationKind> = z.infer<(typeof mutationPayloadSchemas)[K]>;

/** A mutation as the workflow sees it: its kind and payload (the centre adds id, claim and versions). */
export type ClaimMutation = { [K in MutationKind]: { kind: K; payload: MutationPayload<K> } }[MutationKind];
