import type { Expense, PayoutCase } from '../domain/case';
import { percentOf, remainingFen, sumFen } from '../money';
import { BenefitLedger } from './benefit-ledger';
import { drugNormaliser, type PayoutContext } from './context';
import { findProduct } from './find-product';
import { matchesCondition, type LineFacts } from './line-facts';
import type { Benefit, Clause, Product, ProductEdition } from './product-schema';
import { resolveVerdict, type ResolvedVerdict } from './resolve-verdict';
import type { BenefitWhy, LineExplanation, LineStatus, PayoutLine, PayoutResult, PayoutStatus } from './result';

type Claim = PayoutCase['claim'];

/** What steps 3 to 5 computed for a line that reached them. */
interface Priced {
  percentRule: number;
  deductibleRemainingBeforeFen: number;
  baseFen: number;
  payBeforeLimitFen: number;
  limitRemainingBeforeFen: number;
  payableFen: number;
}

/** One literal for every line, so that explanations share a shape (null where the line stopped). */
function explain(
  facts: LineFacts, benefitWhy: BenefitWhy, clause: Clause, verdict: ResolvedVerdict | null, priced: Priced | null,
): LineExplanation {
  return {
    drug: facts.drug,
    benefitWhy,
    clause,
    verdict: verdict?.verdict ?? null,
    verdictSource: verdict?.source ?? null,
    verdictTreatmentId: verdict?.treatmentId ?? null,
    percentRule: priced?.percentRule ?? null,
    deductibleRemainingBeforeFen: priced?.deductibleRemainingBeforeFen ?? null,
    baseFen: priced?.baseFen ?? null,
    payBeforeLimitFen: priced?.payBeforeLimitFen ?? null,
    limitRemainingBeforeFen: priced?.limitRemainingBeforeFen ?? null,
    limitCutFen: priced ? priced.payBeforeLimitFen - priced.payableFen : 0,
  };
}

function lineFacts(e: Expense, claim: Claim, normalise: (name: string) => string): LineFacts {
  return {
    kind: e.kind,
    drug: e.drug == null ? null : normalise(e.drug),
    setting: e.setting,
    catalogue: e.catalogue,
    preExisting: claim.preExisting ?? false,
    socialInsuranceSettled: claim.socialInsuranceSettled ?? false,
  };
}

/** A line stopped at step 1 or 2 of docs/payout-rules.md §4: nothing eligible, nothing taken from the benefit. */
function stopped(e: Expense, benefit: Benefit | null, status: LineStatus, reason: string, explanation: LineExplanation): PayoutLine {
  return {
    id: e.id, benefit: benefit?.code ?? null, status, eligibleFen: 0, deductibleFen: 0, percent: null, payableFen: 0,
    reasons: [reason], explanation,
  };
}

/** Step 2: the pathway gate of special-drug and CAR-T benefits; null when the line goes on. */
function gate(v: ResolvedVerdict): { status: LineStatus; reason: string } | null {
  switch (v.verdict) {
    case 'in_pathway': return null;
    case 'insufficient_evidence': return { status: 'pending', reason: 'PATHWAY_PENDING' };
    case 'off_pathway':
    case 'not_governed': return { status: 'not_covered', reason: 'OFF_PATHWAY' };
  }
}

/** Steps 1 to 7 of docs/payout-rules.md §4 for one line, taking deductible and limit from the ledger. */
function priceLine(
  e: Expense, c: PayoutCase, product: Product, ledger: BenefitLedger, context: PayoutContext,
): PayoutLine {
  const facts = lineFacts(e, c.claim, drugNormaliser(context));
  const exclusion = product.exclusions.find((x) => matchesCondition(x.when, facts, product));
  if (exclusion) {
    const why: BenefitWhy = { kind: 'excluded', exclusion: exclusion.code, when: exclusion.when };
    return stopped(e, null, 'not_covered', exclusion.reason, explain(facts, why, exclusion.clause, null, null));
  }
  const row = product.benefits.findIndex((b) => matchesCondition(b.lines, facts, product));
  const benefit = product.benefits[row];
  if (!benefit) {
    return stopped(e, null, 'not_covered', 'NOT_COVERED_SETTING', explain(facts, { kind: 'no_benefit' }, product.notCoveredClause, null, null));
  }
  const why: BenefitWhy = { kind: 'matched', row, lines: benefit.lines };
  const verdict = benefit.pathwayGate ? resolveVerdict(e, c.treatments, context) : null;
  const blocked = verdict && gate(verdict);
  if (blocked) return stopped(e, benefit, blocked.status, blocked.reason, explain(facts, why, benefit.clause, verdict, null));

  const eligibleFen = remainingFen(e.amountFen, [e.socialInsurancePaidFen ?? 0, e.otherPaidFen ?? 0]);
  const deductibleRemainingBeforeFen = ledger.deductibleRemaining(benefit);
  const deductibleFen = Math.min(eligibleFen, deductibleRemainingBeforeFen);
  const baseFen = eligibleFen - deductibleFen;
  const percentRule = benefit.percent.findIndex((r) => !r.when || matchesCondition(r.when, facts, product));
  const rule = benefit.percent[percentRule];
  // parseProducts proves the rules cover every line the benefit takes; this guards hand-built data.
  if (!rule) throw new Error(`${product.code} ${benefit.code}: no percent rule for line ${e.id}`);
  const payBeforeLimitFen = percentOf(baseFen, rule.percent);
  const limitRemainingBeforeFen = ledger.limitRemaining(benefit);
  const payableFen = Math.min(payBeforeLimitFen, limitRemainingBeforeFen);
  ledger.take(benefit, deductibleFen, payableFen);

  const reasons: string[] = [];
  if (deductibleFen > 0 && baseFen === 0) reasons.push('DEDUCTIBLE');
  if (payBeforeLimitFen > limitRemainingBeforeFen) reasons.push('LIMIT_REACHED');
  const priced = { percentRule, deductibleRemainingBeforeFen, baseFen, payBeforeLimitFen, limitRemainingBeforeFen, payableFen };
  return {
    id: e.id, benefit: benefit.code, status: 'paid', eligibleFen, deductibleFen, percent: rule.percent, payableFen,
    reasons: reasons.sort(), explanation: explain(facts, why, benefit.clause, verdict, priced),
  };
}

function claimStatus(lines: readonly PayoutLine[], payableFen: number): PayoutStatus {
  if (lines.some((l) => l.status === 'pending')) return 'pending';
  return payableFen > 0 ? 'payable' : 'denied';
}

/**
 * The payout of one claim under its product, exactly docs/payout-rules.md §4, line by line in input order.
 * Pure: pathway verdicts for lines without `pathwayVerdict` come from `context` (absent: the lines
 * of gated benefits pend). Throws UnknownProductError when the edition has no such product.
 */
export function calculatePayout(c: PayoutCase, products: ProductEdition, context: PayoutContext = {}): PayoutResult {
  const product = findProduct(products, c.claim.product);
  const ledger = new BenefitLedger(product, c.claim.yearToDate);
  const lines = c.claim.expenses.map((e) => priceLine(e, c, product, ledger, context));
  const payableFen = sumFen(lines.map((l) => l.payableFen));
  return {
    caseId: c.caseId,
    edition: products.edition,
    product: product.code,
    productName: product.name,
    status: claimStatus(lines, payableFen),
    payableFen,
    lines,
    benefits: ledger.summary(),
    yearToDateAfter: ledger.yearToDateAfter(),
  };
}
