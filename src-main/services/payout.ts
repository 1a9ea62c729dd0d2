import { caseFromClaim } from '../../shared/claim-case/case-from-claim';
import type { PayoutCase } from '../../shared/domain/case';
import type { PayoutReview } from '../../shared/domain/review';
import { calculatePayout } from '../../shared/payout/calculate';
import type { PayoutResult, YearToDate } from '../../shared/payout/result';
import { resolveVerdict } from '../../shared/payout/resolve-verdict';
import { pathwayContext } from '../../shared/payout/with-pathway';
import { claimDetail } from '../db/queries/claim-detail';
import { earlierDecidedClaims } from '../db/queries/reviews';
import { latestEditionId, PRODUCTS_EDITION } from '../editions/current';
import { loadEdition } from '../editions/load-edition';
import { loadProducts } from '../editions/load-products';
import type { ServiceContext } from './context';
import { effectiveVerdicts } from './pathway';

// The adjuster's payout: the engine on the claim's case, with the policy year's accumulators taken
// from the earlier decided claims of the same policy, and the medical reviewer's overrides in force.

const EMPTY_YEAR: YearToDate = { deductibleUsedFen: {}, paidFen: {} };

function calculate(ctx: ServiceContext, claimId: string, yearToDate: YearToDate): { result: PayoutResult; case: PayoutCase; sources: PayoutReview['sources'] } {
  const built = caseFromClaim(claimDetail(ctx.db, claimId), { yearToDate });
  const edition = loadEdition(latestEditionId());
  const context = pathwayContext(built.case, edition);
  const verdicts = effectiveVerdicts(ctx, claimId, context.pathwayVerdicts ?? new Map());
  const result = calculatePayout(built.case, loadProducts(PRODUCTS_EDITION), { ...context, pathwayVerdicts: verdicts });
  return { result, case: built.case, sources: built.sources };
}

/** The accumulators before this claim: each earlier decided claim calculated in turn on top of the last. */
export function yearToDateBefore(ctx: ServiceContext, claimId: string): { yearToDate: YearToDate; from: string[] } {
  const from = earlierDecidedClaims(ctx.db, claimId);
  let yearToDate = EMPTY_YEAR;
  for (const earlier of from) yearToDate = calculate(ctx, earlier, yearToDate).result.yearToDateAfter;
  return { yearToDate, from };
}

export function calculateClaimPayout(ctx: ServiceContext, claimId: string): PayoutReview {
  const { yearToDate, from } = yearToDateBefore(ctx, claimId);
  const { result, sources } = calculate(ctx, claimId, yearToDate);
  return { claimId, result, sources, yearToDateFrom: from };
}

/**
 * The claim as a case file: what the app calculates, self-contained. A line whose verdict comes from an
 * overridden treatment carries it as `pathwayVerdict`, so `claimdesk payout` on the export gives the
 * figures the panel shows.
 */
export function exportCase(ctx: ServiceContext, claimId: string): PayoutCase {
  const { yearToDate } = yearToDateBefore(ctx, claimId);
  const built = caseFromClaim(claimDetail(ctx.db, claimId), { yearToDate });
  const overridden = effectiveVerdicts(ctx, claimId, new Map());
  if (overridden.size === 0) return built.case;
  const context = pathwayContext(built.case, loadEdition(latestEditionId()));
  const verdicts = effectiveVerdicts(ctx, claimId, context.pathwayVerdicts ?? new Map());
  const expenses = built.case.claim.expenses.map((e) => {
    const resolved = resolveVerdict(e, built.case.treatments, { ...context, pathwayVerdicts: verdicts });
    return resolved.treatmentId && overridden.has(resolved.treatmentId) ? { ...e, pathwayVerdict: resolved.verdict } : e;
  });
  return { ...built.case, claim: { ...built.case.claim, expenses } };
}
