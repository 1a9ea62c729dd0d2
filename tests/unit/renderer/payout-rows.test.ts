import { describe, expect, it } from 'vitest';
import type { ExpenseRow } from '../../../shared/domain/workspace';
import type { PayoutLine } from '../../../shared/payout/result';
import { expenseSource, payoutRows, payoutTotals } from '../../../src-renderer/workspace/payout/payout-rows';

const expense = (id: string, included = true): ExpenseRow => ({
  id, name: `name ${id}`, kind: 'drug', drug: 'pembrolizumab', setting: 'inpatient', catalogue: 'self_pay', amountFen: 100,
  socialInsurancePaidFen: 0, otherPaidFen: 0, treatmentId: null, included,
});
const line = (id: string, eligibleFen: number, deductibleFen: number, payableFen: number): PayoutLine => ({
  id, benefit: 'B', status: 'paid', eligibleFen, deductibleFen, percent: 70, payableFen, reasons: [],
  explanation: {
    drug: null, benefitWhy: { kind: 'no_benefit' }, clause: { ref: 'r', text: { en: 'e', 'zh-CN': 'z' } }, verdict: null,
    verdictSource: null, verdictTreatmentId: null, percentRule: null, deductibleRemainingBeforeFen: null, baseFen: null,
    payBeforeLimitFen: null, limitRemainingBeforeFen: null, limitCutFen: 0,
  },
});

describe('payout rows', () => {
  it('lists every expense in claim order, excluded ones without a result, and indexes the case lines', () => {
    const rows = payoutRows([expense('e1'), expense('e2', false), expense('e3')], [line('e1', 1, 0, 1), line('e3', 2, 0, 2)]);
    expect(rows.map((r) => [r.id, r.line?.id ?? null, r.caseIndex])).toEqual([['e1', 'e1', 0], ['e2', null, null], ['e3', 'e3', 1]]);
  });

  it('keeps a result line the claim no longer lists, and never attaches a result to an excluded line', () => {
    const rows = payoutRows([expense('e1', false)], [line('e1', 1, 0, 1), line('e9', 5, 0, 5)]);
    expect(rows.map((r) => [r.id, r.expense?.id ?? null, r.line?.id ?? null, r.caseIndex])).toEqual([['e1', 'e1', null, null], ['e9', null, 'e9', 1]]);
  });

  it('totals the calculated lines exactly', () => {
    expect(payoutTotals([line('a', 1_600_001, 1_600_000, 1), line('b', 3_333_333, 0, 2_333_333)])).toEqual({
      eligibleFen: 4_933_334, deductibleFen: 1_600_000, payableFen: 2_333_334,
    });
    expect(payoutTotals([])).toEqual({ eligibleFen: 0, deductibleFen: 0, payableFen: 0 });
  });

  it('finds the field an expense amount came from, by the line\'s place in the case', () => {
    const src = (fieldId: string) => ({ fieldId, documentId: 'd', key: 'amountFen' });
    const sources = { 'claim.expenses[1].amountFen': src('f-amount'), 'claim.expenses[2].name': src('f-name') };
    expect(expenseSource(sources, 1)?.fieldId).toBe('f-amount');
    expect(expenseSource(sources, 2)?.fieldId).toBe('f-name');
    expect(expenseSource(sources, 0)).toBeNull();
    expect(expenseSource(sources, null)).toBeNull();
  });
});
