import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expense, PayoutCase } from '../../../shared/domain/case';
import { CATALOGUES, EXPENSE_SETTINGS, VERDICTS } from '../../../shared/domain/vocabulary';
import { calculatePayout, type PayoutResult } from '../../../shared/payout';
import type { YearToDate } from '../../../shared/payout/result';
import { decisionUsage, sumUsage } from '../../../shared/payout/usage';
import { OUTCOMES } from '../../../shared/workflow/mutations';
import { loadProducts } from '../../../src-main/editions/load-products';

// What a decision takes of its policy year (docs/workflow.md, "Usage"), and the accumulators as sums of
// usages, as properties over generated engine results and over the real engine on generated claims.

const CODES = ['B1', 'B2', 'B3', 'B4', 'B5'];

/** An engine result as usage reads it: benefits in table order, and the total they pay. */
const engineResult = fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 0, maxLength: CODES.length })
  .chain((codes) => fc.tuple(...codes.map((benefit) => fc.record({
    benefit: fc.constant(benefit),
    paidFen: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 300_000_000 })),
    deductibleTakenFen: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000_000 })),
  }))))
  .map((benefits) => ({ benefits, payableFen: benefits.reduce((s, b) => s + b.paidFen, 0) }) as Pick<PayoutResult, 'benefits' | 'payableFen'>);

/** A payable amount around the engine's total: nothing, under it, exactly it, above it. */
const withPayable = engineResult.chain((r) => fc.tuple(fc.constant(r), fc.oneof(
  fc.constant(0), fc.constant(r.payableFen), fc.integer({ min: 0, max: r.payableFen }), fc.integer({ min: r.payableFen, max: r.payableFen + 1_000_000 }),
)));

const total = (m: Record<string, number>) => Object.values(m).reduce((s, v) => s + v, 0);
const NOTHING: YearToDate = { deductibleUsedFen: {}, paidFen: {} };

describe('decisionUsage', () => {
  it('never takes more from a benefit than the engine paid from it, nor another deductible than it took', () => {
    fc.assert(fc.property(withPayable, fc.constantFrom('approve', 'partial' as const), ([r, payable], outcome) => {
      const u = decisionUsage(r, outcome, payable);
      for (const b of r.benefits) {
        const paid = u.paidFen[b.benefit] ?? 0;
        expect(paid).toBeGreaterThanOrEqual(0);
        expect(paid).toBeLessThanOrEqual(b.paidFen);
        expect(u.deductibleUsedFen[b.benefit] ?? 0).toBe(payable === 0 ? 0 : b.deductibleTakenFen);
      }
      const known = new Set(r.benefits.map((b) => b.benefit));
      expect(Object.keys(u.paidFen).every((k) => known.has(k))).toBe(true);
      expect(Object.keys(u.deductibleUsedFen).every((k) => known.has(k))).toBe(true);
    }));
  });

  it('pays in total min(payableFen, the engine\'s total) for approve and partial', () => {
    fc.assert(fc.property(withPayable, fc.constantFrom('approve', 'partial' as const), ([r, payable], outcome) => {
      expect(total(decisionUsage(r, outcome, payable).paidFen)).toBe(Math.min(payable, r.payableFen));
    }));
  });

  it('takes the shortfall off the last benefits first', () => {
    fc.assert(fc.property(withPayable, ([r, payable]) => {
      const u = decisionUsage(r, 'partial', payable);
      const paid = r.benefits.map((b) => u.paidFen[b.benefit] ?? 0);
      // Once a benefit pays less than the engine said, every benefit after it pays nothing.
      const firstCut = r.benefits.findIndex((b, i) => paid[i]! < b.paidFen);
      if (firstCut >= 0) expect(paid.slice(firstCut + 1).every((p) => p === 0)).toBe(true);
    }));
  });

  it('takes nothing for a deny, a pend, or any decision paying 0, deductible included', () => {
    fc.assert(fc.property(withPayable, fc.constantFrom(...OUTCOMES), ([r, payable], outcome) => {
      if (outcome === 'deny' || outcome === 'pend') expect(decisionUsage(r, outcome, payable)).toEqual(NOTHING);
      expect(decisionUsage(r, outcome, 0)).toEqual(NOTHING);
    }));
  });

  it('by example: a shortfall comes off the last benefit, then the one before it', () => {
    const r = { payableFen: 1500, benefits: [
      { benefit: 'A', paidFen: 1000, deductibleTakenFen: 50 }, { benefit: 'B', paidFen: 300, deductibleTakenFen: 0 }, { benefit: 'C', paidFen: 200, deductibleTakenFen: 7 },
    ] } as Pick<PayoutResult, 'benefits' | 'payableFen'>;
    expect(decisionUsage(r, 'partial', 1000)).toEqual({ deductibleUsedFen: { A: 50, B: 0, C: 7 }, paidFen: { A: 1000, B: 0, C: 0 } });
    expect(decisionUsage(r, 'partial', 1100)).toEqual({ deductibleUsedFen: { A: 50, B: 0, C: 7 }, paidFen: { A: 1000, B: 100, C: 0 } });
    expect(decisionUsage(r, 'approve', 1500)).toEqual({ deductibleUsedFen: { A: 50, B: 0, C: 7 }, paidFen: { A: 1000, B: 300, C: 200 } });
  });
});

// ---- on the real engine ------------------------------------------------------------------------------

const products = loadProducts();
const benefitsOf = (code: string) => products.products.find((p) => p.code === code)!.benefits;
const expense = fc.record({
  kind: fc.constantFrom('drug', 'service'),
  drug: fc.constantFrom('pembrolizumab', 'osimertinib', 'cetuximab', 'pemetrexed', 'axicabtagene ciloleucel'),
  setting: fc.constantFrom(...EXPENSE_SETTINGS),
  catalogue: fc.constantFrom(...CATALOGUES),
  amountFen: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 200_000_000 })),
  pathwayVerdict: fc.option(fc.constantFrom(...VERDICTS), { nil: undefined }),
});
const claimCase = fc.constantFrom('HMB-SH-2023', 'MM-2025').chain((product) => fc.record({
  product: fc.constant(product),
  preExisting: fc.boolean(),
  socialInsuranceSettled: fc.boolean(),
  yearToDate: fc.record({
    deductibleUsedFen: fc.record(Object.fromEntries(benefitsOf(product).map((b) => [b.code, fc.integer({ min: 0, max: b.deductibleFen })]))),
    paidFen: fc.record(Object.fromEntries(benefitsOf(product).map((b) => [b.code, fc.integer({ min: 0, max: b.limitFen })]))),
  }),
  expenses: fc.array(expense, { maxLength: 12 }),
})).map((claim): PayoutCase => ({ caseId: 'USAGE', treatments: [], claim: { ...claim, expenses: claim.expenses.map((e, i): Expense => ({ ...e, id: `E${i + 1}` })) } }));

describe('decisionUsage on the engine\'s results', () => {
  it('an approval at the engine\'s figure takes what the engine paid, so the next claim starts where the engine said', () => {
    fc.assert(fc.property(claimCase, (c) => {
      const r = calculatePayout(c, products);
      const u = decisionUsage(r, 'approve', r.payableFen);
      if (r.payableFen === 0) {
        expect(u).toEqual(NOTHING);
        return;
      }
      expect(u.paidFen).toEqual(Object.fromEntries(r.benefits.map((b) => [b.benefit, b.paidFen])));
      expect(sumUsage([c.claim.yearToDate as YearToDate, u])).toEqual(r.yearToDateAfter);
    }), { numRuns: 200 });
  });

  it('a partial payment takes at most the engine\'s figure per benefit and exactly what it pays in total', () => {
    fc.assert(fc.property(claimCase, fc.double({ min: 0, max: 1, noNaN: true }), (c, share) => {
      const r = calculatePayout(c, products);
      const payable = Math.floor(r.payableFen * share);
      const u = decisionUsage(r, 'partial', payable);
      expect(total(u.paidFen)).toBe(payable);
      for (const b of r.benefits) expect(u.paidFen[b.benefit] ?? 0).toBeLessThanOrEqual(b.paidFen);
    }), { numRuns: 200 });
  });
});

// ---- sumUsage ------------------------------------------------------------------------------------------

const amounts = fc.dictionary(fc.constantFrom(...CODES), fc.integer({ min: 0, max: 300_000_000 }), { maxKeys: CODES.length });
const usage: fc.Arbitrary<YearToDate> = fc.record({ deductibleUsedFen: amounts, paidFen: amounts });

describe('sumUsage', () => {
  it('is associative and commutative, and the empty list is its zero', () => {
    fc.assert(fc.property(usage, usage, usage, (a, b, c) => {
      expect(sumUsage([sumUsage([a, b]), c])).toEqual(sumUsage([a, sumUsage([b, c])]));
      expect(sumUsage([a, b, c])).toEqual(sumUsage([a, sumUsage([b, c])]));
      expect(sumUsage([a, b])).toEqual(sumUsage([b, a]));
      expect(sumUsage([c, a, b])).toEqual(sumUsage([a, b, c]));
      expect(sumUsage([a])).toEqual(a);
      expect(sumUsage([])).toEqual(NOTHING);
    }));
  });

  it('adds per benefit, over the union of the benefits, and leaves its inputs alone', () => {
    fc.assert(fc.property(fc.array(usage, { maxLength: 6 }), (us) => {
      const before = JSON.stringify(us);
      const s = sumUsage(us);
      for (const part of ['deductibleUsedFen', 'paidFen'] as const) {
        const keys = new Set(us.flatMap((u) => Object.keys(u[part])));
        expect(new Set(Object.keys(s[part]))).toEqual(keys);
        for (const k of keys) expect(s[part][k]).toBe(us.reduce((sum, u) => sum + (u[part][k] ?? 0), 0));
      }
      expect(JSON.stringify(us)).toBe(before);
    }));
  });
});
