import { z } from 'zod';
import type { FactSource } from '../claim-case/case-from-claim';
import type { Edition } from '../pathway/edition-schema';
import type { PathwayLine } from '../pathway/types';
import type { ProductEdition } from '../payout/product-schema';
import type { PayoutResult } from '../payout/result';
import { VERDICTS } from './vocabulary';

// What the pathway and payout panels read. The engines' explanations are their own typed values
// (shared/pathway, shared/payout), carried whole; the contract checks the envelope around them.

const engineValue = <T>() => z.custom<T>((v) => typeof v === 'object' && v !== null);

export const verdictSchema = z.enum(VERDICTS);

export const factSourceSchema = engineValue<FactSource>();

export const pathwayOverrideSchema = z.object({
  treatmentId: z.string(),
  verdict: verdictSchema,
  engineVerdict: verdictSchema,
  edition: z.string(),
  justification: z.string(),
  userId: z.string(),
  userName: z.string().nullable(),
  at: z.string(),
});
export type PathwayOverride = z.infer<typeof pathwayOverrideSchema>;

/** One drug line whose verdict or recommendation differs between two editions. */
export const editionChangeSchema = z.object({
  treatmentId: z.string(),
  drug: z.string(),
  before: z.object({ verdict: verdictSchema, recommendationId: z.string().nullable(), reasons: z.array(z.string()) }),
  after: z.object({ verdict: verdictSchema, recommendationId: z.string().nullable(), reasons: z.array(z.string()) }),
});
export type EditionChange = z.infer<typeof editionChangeSchema>;

export const pathwayReviewSchema = z.object({
  claimId: z.string(),
  edition: z.string(),
  cancerType: z.string().nullable(),
  lines: z.array(engineValue<PathwayLine>()),
  overrides: z.array(pathwayOverrideSchema),
  /** Case path → the document field the fact came from. */
  sources: z.record(z.string(), factSourceSchema),
  /** The last check of this claim on another edition, and what differs from it. */
  previous: z.object({ edition: z.string(), checkedAt: z.string(), changes: z.array(editionChangeSchema) }).nullable(),
});
export type PathwayReview = z.infer<typeof pathwayReviewSchema>;

export const payoutReviewSchema = z.object({
  claimId: z.string(),
  result: engineValue<PayoutResult>(),
  sources: z.record(z.string(), factSourceSchema),
  /** Claims of the same policy year whose decided payouts the accumulators hold. */
  yearToDateFrom: z.array(z.string()),
});
export type PayoutReview = z.infer<typeof payoutReviewSchema>;

export const editionDataSchema = engineValue<Edition>();
export const productsDataSchema = engineValue<ProductEdition>();
