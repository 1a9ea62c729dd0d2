import { caseFromClaim } from '../../shared/claim-case/case-from-claim';
import { ContractError } from '../../shared/contract/errors';
import type { PayoutCase } from '../../shared/domain/case';
import type { PayoutReview } from '../../shared/domain/review';
import { calculatePayout } from '../../shared/payout/calculate';
import type { PayoutContext } from '../../shared/payout/context';
import type { PayoutResult, YearToDate } from '../../shared/payout/result';
import { resolveVerdict } from '../../shared/payout/resolve-verdict';
import { sumUsage } from '../../shared/payout/usage';
import { pathwayContext } from '../../shared/payout/with-pathway';
import type { ReadDb } from '../db/handles';
import { writeExpenseIncluded } from '../db/mutations/reviews';
import { claimDetail } from '../db/queries/claim-detail';
import { policyYearUsage } from '../db/queries/decisions';
import { latestEditionId, PRODUCTS_EDITION } from '../editions/current';
import { loadEdition } from '../editions/load-edition';
import { loadProducts } from '../editions/load-products';
import type { ServiceContext } from './context';
import { effectiveVerdicts } from './pathway';
import { currentUser } from './session';
import type { Slice } from './slice';
import { mutateClaim } from './workflow';

// The adjuster's payout: the engine on the claim's case, with the policy year's accumulators taken
// from the stored decisions of the policy's other decided claims, and the medical reviewer's overrides
// in force.

/** The accumulators before this claim: what the policy's other decided claims took (docs/workflow.md). */
export function yearToDateBefore(db: ReadDb, claimId: string): { yearToDate: YearToDate; from: string[] } {
  const used = policyYearUsage(db, claimId);
  return { yearToDate: sumUsage(used.map((u) => u.usage)), from: used.map((u) => u.claimId) };
}

export interface ClaimPayout {
  result: PayoutResult;
  /** What the engine was given beside the case: the edition's drug names, and the verdicts in force. */
  context: PayoutContext;
  case: PayoutCase;
  sources: PayoutReview['sources'];
  yearToDateFrom: string[];
}

export function claimPayout(db: ReadDb, claimId: string): ClaimPayout {
  const { yearToDate, from } = yearToDateBefore(db, claimId);
  const built = caseFromClaim(claimDetail(db, claimId), { yearToDate });
  const context = pathwayContext(built.case, loadEdition(latestEditionId()));
  const verdicts = effectiveVerdicts(db, claimId, context.pathwayVerdicts ?? new Map());
  const inForce = { ...context, pathwayVerdicts: verdicts };
  const result = calculatePayout(built.case, loadProducts(PRODUCTS_EDITION), inForce);
  return { result, context: inForce, case: built.case, sources: built.sources, yearToDateFrom: from };
}

/**
 * The claim as a case file: what the app calculates, self-contained. A line whose verdict comes from an
 * overridden treatment carries it as `pathwayVerdict`, so `claimdesk payout` on the export gives the
 * figures the panel shows.
 */
export function exportCase(db: ReadDb, claimId: string): PayoutCase {
  const { yearToDate } = yearToDateBefore(db, claimId);
  const built = caseFromClaim(claimDetail(db, claimId), { yearToDate });
  const overridden = effectiveVerdicts(db, claimId, new Map());
  if (overridden.size === 0) return built.case;
  const context = pathwayContext(built.case, loadEdition(latestEditionId()));
  const verdicts = effectiveVerdicts(db, claimId, context.pathwayVerdicts ?? new Map());
  const expenses = built.case.claim.expenses.map((e) => {
    const resolved = resolveVerdict(e, built.case.treatments, { ...context, pathwayVerdicts: verdicts });
    return resolved.treatmentId && overridden.has(resolved.treatmentId) ? { ...e, pathwayVerdict: resolved.verdict } : e;
  });
  return { ...built.case, claim: { ...built.case.claim, expenses } };
}

function setIncluded(ctx: ServiceContext, r: { claimId: string; expenseId: string; included: boolean; reason: string }) {
  const user = currentUser(ctx);
  return ctx.transact(user.id, (tx) => {
    const line = claimDetail(tx, r.claimId).expenses.find((e) => e.id === r.expenseId);
    if (!line) throw new ContractError('NOT_FOUND', `claim ${r.claimId} has no expense line ${r.expenseId}`);
    if (line.included !== r.included) {
      mutateClaim(tx, user, r.claimId, { kind: 'expense.include', payload: { expenseLineId: r.expenseId, included: r.included, reason: r.reason } },
        () => writeExpenseIncluded(tx, r));
    }
    return { ...line, included: r.included };
  });
}

export const payoutServices = (ctx: ServiceContext): Slice<'payout.calculate' | 'expenses.setIncluded' | 'case.export'> => ({
  'payout.calculate': (r) => {
    const { result, sources, yearToDateFrom } = claimPayout(ctx.db, r.claimId);
    return { claimId: r.claimId, result, sources, yearToDateFrom };
  },
  'expenses.setIncluded': (r) => setIncluded(ctx, r),
  'case.export': (r) => exportCase(ctx.db, r.claimId),
});
