import type { Verdict } from '../domain/vocabulary';
import type { Clause, Condition, Localized } from './product-schema';
import type { VerdictSource } from './resolve-verdict';

export type LineStatus = 'paid' | 'pending' | 'not_covered';
export type PayoutStatus = 'payable' | 'pending' | 'denied';

/** Reasons the engine itself gives; exclusions add the reason codes their product data names. */
export type EngineReason = 'NOT_COVERED_SETTING' | 'OFF_PATHWAY' | 'PATHWAY_PENDING' | 'DEDUCTIBLE' | 'LIMIT_REACHED';

/** How the line got (or did not get) its benefit. */
export type BenefitWhy =
  | { kind: 'excluded'; exclusion: string; when: Condition }
  /** `row` is the benefit's index in the product's table; `lines` the condition it matched. */
  | { kind: 'matched'; row: number; lines: Condition }
  | { kind: 'no_benefit' };

/** Everything a reviewer needs to retrace one line; null where the line stopped before that step. */
export interface LineExplanation {
  /** The drug's normalised English name, as matched against the drug lists. */
  drug: string | null;
  benefitWhy: BenefitWhy;
  /** The wording to cite: the exclusion's, the benefit's, or the product's for lines no benefit takes. */
  clause: Clause;
  /** The pathway gate's verdict, for benefits that have the gate. */
  verdict: Verdict | null;
  verdictSource: VerdictSource | null;
  verdictTreatmentId: string | null;
  /** Index of the percent rule that applied, in the benefit's `percent` list. */
  percentRule: number | null;
  deductibleRemainingBeforeFen: number | null;
  /** Eligible minus deductible: what the percent applies to. */
  baseFen: number | null;
  payBeforeLimitFen: number | null;
  limitRemainingBeforeFen: number | null;
  /** What the limit took off the pay (0 when it did not cut). */
  limitCutFen: number;
}

export interface PayoutLine {
  id: string;
  benefit: string | null;
  status: LineStatus;
  eligibleFen: number;
  deductibleFen: number;
  percent: number | null;
  payableFen: number;
  /** Sorted reason codes. */
  reasons: string[];
  explanation: LineExplanation;
}

/** One benefit of the product over the policy year: before this claim, taken by it, what remains. */
export interface BenefitSummary {
  benefit: string;
  name: Localized;
  deductibleFen: number;
  deductibleUsedBeforeFen: number;
  deductibleTakenFen: number;
  deductibleRemainingFen: number;
  limitFen: number;
  paidBeforeFen: number;
  paidFen: number;
  limitRemainingFen: number;
}

/** The claim's `yearToDate` as the next claim of the same policy year must carry it. */
export interface YearToDate {
  deductibleUsedFen: Record<string, number>;
  paidFen: Record<string, number>;
}

export interface PayoutResult {
  caseId: string;
  /** The products edition the claim was calculated under. */
  edition: string;
  product: string;
  productName: Localized;
  status: PayoutStatus;
  payableFen: number;
  lines: PayoutLine[];
  /** Every benefit of the product, in table order. */
  benefits: BenefitSummary[];
  yearToDateAfter: YearToDate;
}
