import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expense, PayoutCase } from '../../../shared/domain/case';
import { CATALOGUES, EXPENSE_SETTINGS, VERDICTS } from '../../../shared/domain/vocabulary';
import { calculatePayout, type PayoutResult } from '../../../shared/payout';
import { loadProducts } from '../../../src-main/editions/load-products';

// Invariants of docs/payout-rules.md §4 over generated claims of both products.

const products = loadProducts();
const benefitsOf = (code: string) => products.products.find((p) => p.code === code)!.benefits;
const DRUGS = ['pembrolizumab', 'Lenvatinib', 'axicabtagene ciloleucel', 'osimertinib', 'cetuximab', 'bevacizumab', 'pemetrexed'];

const amount = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 200_000_000 }));
const expense = fc.record({
  kind: fc.constantFrom('drug', 'service'),
  drug: fc.constantFrom(...DRUGS),
  setting: fc.constantFrom(...EXPENSE_SETTINGS),
  catalogue: fc.constantFrom(...CATALOGUES),
  amountFen: amount,
  socialInsurancePaidFen: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: undefined }),
  otherPaidFen: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
  pathwayVerdict: fc.option(fc.constantFrom(...VERDICTS), { nil: undefined }),
});

const claimCase = fc.constantFrom('HMB-SH-2023', 'MM-2025').chain((product) => {
  const codes = benefitsOf(product).map((b) => b.code);
  const used = (cap: (code: string) => number) => fc.record(Object.fromEntries(codes.map((c) => [c, fc.integer({ min: 0, max: cap(c) })])));
  const limitOf = (c: string) => benefitsOf(product).find((b) => b.code === c)!;
  return fc.record({
    product: fc.constant(product),
    preExisting: fc.boolean(),
    socialInsuranceSettled: fc.boolean(),
    yearToDate: fc.record({
      deductibleUsedFen: used((c) => limitOf(c).deductibleFen * 2),
      paidFen: used((c) => limitOf(c).limitFen + 10_000_000),
    }),
    expenses: fc.array(expense, { minLength: 0, maxLength: 30 }),
  });
}).map((claim): PayoutCase => ({
  caseId: 'PROP',
  treatments: [],
  claim: { ...claim, expenses: claim.expenses.map((e, i): Expense => ({ ...e, id: `E${i + 1}` })) },
}));

const paidBy = (r: PayoutResult, benefit: string) => r.lines.filter((l) => l.benefit === benefit).reduce((s, l) => s + l.payableFen, 0);
const price = (c: PayoutCase) => calculatePayout(c, products);

describe('payout invariants', () => {
  it('a line never pays more than its eligible amount, nor more than what others left of it', () => {
    fc.assert(fc.property(claimCase, (c) => price(c).lines.every((l, i) => {
      const e = c.claim.expenses[i]!;
      const leftByOthers = Math.max(0, e.amountFen - (e.socialInsurancePaidFen ?? 0) - (e.otherPaidFen ?? 0));
      return l.payableFen >= 0 && l.payableFen <= l.eligibleFen && l.eligibleFen <= leftByOthers
        && l.deductibleFen + (l.explanation.baseFen ?? 0) === l.eligibleFen;
    })));
  });

  it('a benefit never pays past its limit nor takes more than its deductible, counting yearToDate', () => {
    fc.assert(fc.property(claimCase, (c) => {
      const r = price(c);
      return benefitsOf(c.claim.product).every((b) => {
        const paidBefore = c.claim.yearToDate?.paidFen?.[b.code] ?? 0;
        const usedBefore = c.claim.yearToDate?.deductibleUsedFen?.[b.code] ?? 0;
        const deductible = r.lines.filter((l) => l.benefit === b.code).reduce((s, l) => s + l.deductibleFen, 0);
        return paidBy(r, b.code) <= Math.max(0, b.limitFen - paidBefore) && deductible <= Math.max(0, b.deductibleFen - usedBefore);
      });
    }));
  });

  it('the total is the sum of the lines, and the status follows it', () => {
    fc.assert(fc.property(claimCase, (c) => {
      const r = price(c);
      const pending = r.lines.some((l) => l.status === 'pending');
      return r.payableFen === r.lines.reduce((s, l) => s + l.payableFen, 0)
        && r.status === (pending ? 'pending' : r.payableFen > 0 ? 'payable' : 'denied');
    }));
  });

  it('a claim split into two consecutive claims of the same policy year pays the same', () => {
    fc.assert(fc.property(claimCase, fc.nat(), (c, cut) => {
      const at = c.claim.expenses.length ? cut % (c.claim.expenses.length + 1) : 0;
      const whole = price(c);
      const first = price({ ...c, claim: { ...c.claim, expenses: c.claim.expenses.slice(0, at) } });
      const second = price({ ...c, claim: { ...c.claim, expenses: c.claim.expenses.slice(at), yearToDate: first.yearToDateAfter } });
      expect(first.payableFen + second.payableFen).toBe(whole.payableFen);
      expect([...first.lines, ...second.lines].map((l) => [l.payableFen, l.deductibleFen, l.reasons]))
        .toEqual(whole.lines.map((l) => [l.payableFen, l.deductibleFen, l.reasons]));
      expect(second.yearToDateAfter).toEqual(whole.yearToDateAfter);
    }));
  });
});
