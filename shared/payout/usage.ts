import type { Outcome } from '../workflow/mutations';
import type { PayoutResult, YearToDate } from './result';

// What a decision takes of its policy year: the deductible each benefit consumed and what each benefit
// paid. Later claims of the policy start from the sum of these (docs/workflow.md), so an earlier claim
// is never calculated again. A decision that pays less than the engine's figure pays less from the
// last benefits first; one that pays nothing (deny, pend) takes nothing, deductible included.

export const EMPTY_YEAR: YearToDate = { deductibleUsedFen: {}, paidFen: {} };

export function decisionUsage(result: Pick<PayoutResult, 'benefits' | 'payableFen'>, outcome: Outcome, payableFen: number): YearToDate {
  if (outcome === 'deny' || outcome === 'pend' || payableFen === 0) return EMPTY_YEAR;
  let cut = Math.max(0, result.payableFen - payableFen);
  const paid: Record<string, number> = {};
  for (const b of [...result.benefits].reverse()) {
    const take = Math.min(cut, b.paidFen);
    cut -= take;
    paid[b.benefit] = b.paidFen - take;
  }
  return { deductibleUsedFen: Object.fromEntries(result.benefits.map((b) => [b.benefit, b.deductibleTakenFen])), paidFen: paid };
}

/** The accumulators of several decisions together. */
export function sumUsage(usages: readonly YearToDate[]): YearToDate {
  const add = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
  };
  const out: YearToDate = { deductibleUsedFen: {}, paidFen: {} };
  for (const u of usages) {
    add(out.deductibleUsedFen, u.deductibleUsedFen);
    add(out.paidFen, u.paidFen);
  }
  return out;
}
