import { describe, expect, it } from 'vitest';
import type { Expense, PayoutCase } from '../../../shared/domain/case';
import { calculatePayout, toCaseResult, UnknownProductError, type PayoutContext, type PayoutLine } from '../../../shared/payout';
import { loadProducts } from '../../../src-main/editions/load-products';
import { line, payoutCase } from '../../fixtures/payout/build-case';

// docs/payout-rules.md §4 rule by rule, on the shipped products (figures in fen).

type Claim = PayoutCase['claim'];
const price = (claim: Partial<Claim> & Pick<Claim, 'product' | 'expenses'>, context?: PayoutContext) =>
  calculatePayout(payoutCase(claim), loadProducts(), context);
const brief = (l: PayoutLine) => [l.benefit, l.status, l.eligibleFen, l.deductibleFen, l.percent, l.payableFen, l.reasons];

const pembro = (amountFen: number, over: Partial<Expense> = {}) =>
  line({ drug: 'pembrolizumab', setting: 'pharmacy', catalogue: 'self_pay', amountFen, pathwayVerdict: 'in_pathway', ...over });
const ward = (amountFen: number, catalogue: 'A' | 'B' | 'self_pay' = 'self_pay') => line({ setting: 'inpatient', catalogue, amountFen });

describe('rounding', () => {
  it('rounds the pay half up at exactly half a fen', () => {
    const r = price({ product: 'HMB-SH-2023', expenses: [pembro(5), pembro(15), pembro(4)] });
    // 70% of 5 = 3.5 → 4; of 15 = 10.5 → 11; of 4 = 2.8 → 3
    expect(r.lines.map((l) => l.payableFen)).toEqual([4, 11, 3]);
    expect(r.payableFen).toBe(18);
  });

  it('rounds the half up on a pre-existing percent after the deductible too', () => {
    const r = price({
      product: 'HMB-SH-2023', preExisting: true,
      yearToDate: { deductibleUsedFen: { HMB_INPATIENT_SELF_PAY: 1599999 }, paidFen: {} },
      expenses: [ward(2)],
    });
    // deductible 1 left, base 1, 50% = 0.5 → 1
    expect(brief(r.lines[0]!)).toEqual(['HMB_INPATIENT_SELF_PAY', 'paid', 2, 1, 50, 1, []]);
  });
});

describe('deductible', () => {
  it('is taken across lines of the claim and after yearToDate, crossing mid-line', () => {
    const r = price({
      product: 'HMB-SH-2023',
      yearToDate: { deductibleUsedFen: { HMB_INPATIENT_SELF_PAY: 1000000 }, paidFen: {} },
      expenses: [ward(800000), ward(100000)],
    });
    expect(r.lines.map(brief)).toEqual([
      ['HMB_INPATIENT_SELF_PAY', 'paid', 800000, 600000, 70, 140000, []],
      ['HMB_INPATIENT_SELF_PAY', 'paid', 100000, 0, 70, 70000, []],
    ]);
    expect(r.lines[0]!.explanation).toMatchObject({ deductibleRemainingBeforeFen: 600000, baseFen: 200000 });
    expect(r.lines[1]!.explanation.deductibleRemainingBeforeFen).toBe(0);
  });

  it('is never below 0 when yearToDate already used more than the deductible', () => {
    const r = price({
      product: 'MM-2025', socialInsuranceSettled: true,
      yearToDate: { deductibleUsedFen: { MM_GENERAL: 5000000 }, paidFen: {} },
      expenses: [ward(300000, 'A')],
    });
    expect(brief(r.lines[0]!)).toEqual(['MM_GENERAL', 'paid', 300000, 0, 100, 300000, []]);
  });

  it('gives DEDUCTIBLE only when the deductible took the whole base', () => {
    const r = price({ product: 'MM-2025', expenses: [ward(400000, 'B'), ward(600000, 'B'), ward(100, 'B')] });
    expect(r.lines.map(brief)).toEqual([
      ['MM_GENERAL', 'paid', 400000, 400000, 60, 0, ['DEDUCTIBLE']],
      ['MM_GENERAL', 'paid', 600000, 600000, 60, 0, ['DEDUCTIBLE']],
      ['MM_GENERAL', 'paid', 100, 0, 60, 60, []],
    ]);
  });

  it('gives no DEDUCTIBLE on a line with nothing eligible', () => {
    const r = price({ product: 'MM-2025', expenses: [line({ setting: 'inpatient', catalogue: 'A', amountFen: 100, socialInsurancePaidFen: 100 })] });
    expect(brief(r.lines[0]!)).toEqual(['MM_GENERAL', 'paid', 0, 0, 60, 0, []]);
    expect(r.status).toBe('denied');
  });

  it('belongs to each benefit on its own', () => {
    const r = price({ product: 'HMB-SH-2023', expenses: [pembro(1000, { setting: 'inpatient' }), ward(1000)] });
    expect(r.lines.map(brief)).toEqual([
      ['HMB_SPECIAL_DRUG', 'paid', 1000, 0, 70, 700, []],
      ['HMB_INPATIENT_SELF_PAY', 'paid', 1000, 1000, 70, 0, ['DEDUCTIBLE']],
    ]);
  });
});

describe('eligible', () => {
  it('is the amount less basic insurance and other payers, clamped at 0', () => {
    const r = price({
      product: 'MM-2025', socialInsuranceSettled: true,
      yearToDate: { deductibleUsedFen: { MM_GENERAL: 1000000 }, paidFen: {} },
      expenses: [
        line({ setting: 'inpatient', catalogue: 'A', amountFen: 10000, socialInsurancePaidFen: 6000, otherPaidFen: 1000 }),
        line({ setting: 'inpatient', catalogue: 'A', amountFen: 10000, socialInsurancePaidFen: 8000, otherPaidFen: 5000 }),
      ],
    });
    expect(r.lines.map(brief)).toEqual([
      ['MM_GENERAL', 'paid', 3000, 0, 100, 3000, []],
      ['MM_GENERAL', 'paid', 0, 0, 100, 0, []],
    ]);
  });
});

describe('limit', () => {
  const carT = (amountFen: number) => line({ drug: 'axicabtagene ciloleucel', setting: 'inpatient', catalogue: 'self_pay', amountFen, pathwayVerdict: 'in_pathway' });

  it('cuts the pay at what remains after yearToDate and earlier lines, with LIMIT_REACHED', () => {
    const r = price({
      product: 'HMB-SH-2023',
      yearToDate: { deductibleUsedFen: {}, paidFen: { HMB_CAR_T: 49000000 } },
      expenses: [carT(600000), carT(700000), carT(100), carT(0)],
    });
    expect(r.lines.map(brief)).toEqual([
      ['HMB_CAR_T', 'paid', 600000, 0, 100, 600000, []],
      ['HMB_CAR_T', 'paid', 700000, 0, 100, 400000, ['LIMIT_REACHED']],
      ['HMB_CAR_T', 'paid', 100, 0, 100, 0, ['LIMIT_REACHED']],
      ['HMB_CAR_T', 'paid', 0, 0, 100, 0, []],
    ]);
    expect(r.lines[1]!.explanation).toMatchObject({ payBeforeLimitFen: 700000, limitRemainingBeforeFen: 400000, limitCutFen: 300000 });
    expect(r.benefits.find((b) => b.benefit === 'HMB_CAR_T')).toMatchObject({ paidBeforeFen: 49000000, paidFen: 1000000, limitRemainingFen: 0 });
  });

  it('gives no LIMIT_REACHED when the pay exactly meets what remains', () => {
    const r = price({ product: 'HMB-SH-2023', yearToDate: { deductibleUsedFen: {}, paidFen: { HMB_CAR_T: 49999000 } }, expenses: [carT(1000)] });
    expect(brief(r.lines[0]!)).toEqual(['HMB_CAR_T', 'paid', 1000, 0, 100, 1000, []]);
  });

  it('pays nothing once yearToDate passed the limit, and leaves other benefits alone', () => {
    const r = price({
      product: 'HMB-SH-2023',
      yearToDate: { deductibleUsedFen: { HMB_INPATIENT_SELF_PAY: 1600000 }, paidFen: { HMB_CAR_T: 60000000 } },
      expenses: [carT(500), ward(1000)],
    });
    expect(r.lines.map(brief)).toEqual([
      ['HMB_CAR_T', 'paid', 500, 0, 100, 0, ['LIMIT_REACHED']],
      ['HMB_INPATIENT_SELF_PAY', 'paid', 1000, 0, 70, 700, []],
    ]);
  });
});

describe('percent', () => {
  it('HMB: lower percents when pre-existing, CAR-T unchanged', () => {
    const r = price({
      product: 'HMB-SH-2023', preExisting: true,
      yearToDate: { deductibleUsedFen: { HMB_INPATIENT_SELF_PAY: 1600000 }, paidFen: {} },
      expenses: [pembro(1000), ward(1000), line({ drug: 'relmacabtagene autoleucel', setting: 'inpatient', catalogue: 'self_pay', amountFen: 1000, pathwayVerdict: 'in_pathway' })],
    });
    expect(r.lines.map((l) => [l.benefit, l.percent, l.payableFen])).toEqual([
      ['HMB_SPECIAL_DRUG', 30, 300], ['HMB_INPATIENT_SELF_PAY', 50, 500], ['HMB_CAR_T', 100, 1000],
    ]);
  });

  it('HMB: settlement through basic insurance changes nothing', () => {
    for (const socialInsuranceSettled of [true, false]) {
      const r = price({ product: 'HMB-SH-2023', socialInsuranceSettled, expenses: [pembro(1000, { catalogue: 'B' })] });
      expect(r.lines[0]!.percent).toBe(70);
    }
  });

  it.each([
    [true, 'A', 100], [false, 'A', 60], [true, 'B', 100], [false, 'B', 60], [true, 'self_pay', 100], [false, 'self_pay', 100],
  ] as const)('MM special drug, settled %s, catalogue %s: %i%%', (socialInsuranceSettled, catalogue, percent) => {
    const r = price({ product: 'MM-2025', socialInsuranceSettled, expenses: [pembro(1000, { catalogue })] });
    expect(brief(r.lines[0]!)).toEqual(['MM_SPECIAL_DRUG', 'paid', 1000, 0, percent, percent * 10, []]);
  });

  it.each([[true, 100], [false, 60]] as const)('MM general, settled %s: %i%%', (socialInsuranceSettled, percent) => {
    const r = price({ product: 'MM-2025', socialInsuranceSettled, expenses: [ward(1100000, 'self_pay')] });
    expect(brief(r.lines[0]!)).toEqual(['MM_GENERAL', 'paid', 1100000, 1000000, percent, percent * 1000, []]);
  });
});

describe('benefit of a line', () => {
  it('takes the first row that matches, table order', () => {
    const r = price({ product: 'MM-2025', socialInsuranceSettled: true, expenses: [pembro(1000, { setting: 'inpatient', catalogue: 'A' })] });
    expect(r.lines[0]!.benefit).toBe('MM_SPECIAL_DRUG');
    expect(r.lines[0]!.explanation.benefitWhy).toEqual({ kind: 'matched', row: 0, lines: { drugList: 'SPECIAL_DRUG' } });
  });

  it('reads drug names ignoring case and surrounding spaces', () => {
    const r = price({ product: 'HMB-SH-2023', expenses: [pembro(1000, { drug: '  Pembrolizumab ' })] });
    expect(r.lines[0]!.benefit).toBe('HMB_SPECIAL_DRUG');
    expect(r.lines[0]!.explanation.drug).toBe('pembrolizumab');
  });

  it('puts other lines under the setting and catalogue rows, or nowhere (NOT_COVERED_SETTING)', () => {
    const r = price({
      product: 'HMB-SH-2023',
      expenses: [
        line({ drug: 'osimertinib', setting: 'inpatient', catalogue: 'self_pay', amountFen: 100 }),
        line({ kind: 'service', drug: 'pembrolizumab', setting: 'inpatient', catalogue: 'self_pay', amountFen: 100 }),
        line({ drug: 'osimertinib', setting: 'pharmacy', catalogue: 'B', amountFen: 100 }),
        ward(100, 'A'),
      ],
    });
    expect(r.lines.map((l) => [l.benefit, l.status, l.reasons])).toEqual([
      ['HMB_INPATIENT_SELF_PAY', 'paid', ['DEDUCTIBLE']],
      ['HMB_INPATIENT_SELF_PAY', 'paid', ['DEDUCTIBLE']],
      [null, 'not_covered', ['NOT_COVERED_SETTING']],
      [null, 'not_covered', ['NOT_COVERED_SETTING']],
    ]);
    expect(r.lines[3]!.explanation.clause.ref).toBe('HMB-SH-2023 第三条');
    expect(r.status).toBe('denied');
  });

  it('MM: outpatient and pharmacy lines other than special drugs are not covered', () => {
    const r = price({
      product: 'MM-2025', socialInsuranceSettled: true,
      expenses: [
        line({ setting: 'outpatient', catalogue: 'A', amountFen: 5000 }),
        line({ drug: 'bevacizumab', setting: 'pharmacy', catalogue: 'B', amountFen: 5000 }),
        line({ drug: 'osimertinib', setting: 'pharmacy', catalogue: 'B', amountFen: 5000, pathwayVerdict: 'in_pathway' }),
      ],
    });
    expect(r.lines.map(brief)).toEqual([
      [null, 'not_covered', 0, 0, null, 0, ['NOT_COVERED_SETTING']],
      [null, 'not_covered', 0, 0, null, 0, ['NOT_COVERED_SETTING']],
      ['MM_SPECIAL_DRUG', 'paid', 5000, 0, 100, 5000, []],
    ]);
  });

  it('MM: a pre-existing claim is excluded whole, whatever its lines', () => {
    const r = price({
      product: 'MM-2025', preExisting: true, socialInsuranceSettled: true,
      expenses: [pembro(1000), ward(2000000, 'A'), line({ setting: 'outpatient', catalogue: 'A', amountFen: 100 })],
    });
    expect(r.lines.map(brief)).toEqual(Array(3).fill([null, 'not_covered', 0, 0, null, 0, ['PRE_EXISTING_EXCLUDED']]));
    expect(r.lines[0]!.explanation.benefitWhy).toEqual({ kind: 'excluded', exclusion: 'PRE_EXISTING', when: { preExisting: true } });
    expect(r.lines[0]!.explanation.verdict).toBeNull();
    expect(r.status).toBe('denied');
    expect(r.benefits.every((b) => b.deductibleTakenFen === 0 && b.paidFen === 0)).toBe(true);
  });
});

describe('pathway gate', () => {
  it('pends insufficient evidence and refuses off-pathway and ungoverned lines, keeping the benefit', () => {
    const r = price({
      product: 'HMB-SH-2023',
      expenses: [
        pembro(1000, { pathwayVerdict: 'insufficient_evidence' }),
        pembro(1000, { setting: 'inpatient', pathwayVerdict: 'off_pathway' }),
        pembro(1000, { pathwayVerdict: 'not_governed' }),
        line({ drug: 'equecabtagene autoleucel', setting: 'inpatient', catalogue: 'self_pay', amountFen: 1000, pathwayVerdict: 'off_pathway' }),
      ],
    });
    expect(r.lines.map(brief)).toEqual([
      ['HMB_SPECIAL_DRUG', 'pending', 0, 0, null, 0, ['PATHWAY_PENDING']],
      ['HMB_SPECIAL_DRUG', 'not_covered', 0, 0, null, 0, ['OFF_PATHWAY']],
      ['HMB_SPECIAL_DRUG', 'not_covered', 0, 0, null, 0, ['OFF_PATHWAY']],
      ['HMB_CAR_T', 'not_covered', 0, 0, null, 0, ['OFF_PATHWAY']],
    ]);
    expect(r.lines[1]!.explanation).toMatchObject({ verdict: 'off_pathway', verdictSource: 'given', baseFen: null, limitRemainingBeforeFen: null });
    expect(r.status).toBe('pending');
  });

  it('lets stopped lines take nothing from the deductible or the limit', () => {
    const r = price({
      product: 'HMB-SH-2023',
      yearToDate: { deductibleUsedFen: {}, paidFen: { HMB_SPECIAL_DRUG: 99999000 } },
      expenses: [pembro(5000, { pathwayVerdict: 'insufficient_evidence' }), pembro(1000)],
    });
    expect(brief(r.lines[1]!)).toEqual(['HMB_SPECIAL_DRUG', 'paid', 1000, 0, 70, 700, []]);
  });

  it('pends a gated line without verdict when the caller knows none', () => {
    const r = price({ product: 'MM-2025', expenses: [pembro(1000, { pathwayVerdict: undefined })] });
    expect(brief(r.lines[0]!)).toEqual(['MM_SPECIAL_DRUG', 'pending', 0, 0, null, 0, ['PATHWAY_PENDING']]);
    expect(r.lines[0]!.explanation).toMatchObject({ verdict: 'insufficient_evidence', verdictSource: 'default' });
  });

  it('does not gate benefits without the gate', () => {
    const r = price({ product: 'MM-2025', expenses: [ward(100)] });
    expect(r.lines[0]!.explanation).toMatchObject({ verdict: null, verdictSource: null });
  });
});

describe('claim', () => {
  it('is pending when any line pends, even with money to pay', () => {
    const r = price({ product: 'HMB-SH-2023', expenses: [pembro(1000), pembro(1000, { pathwayVerdict: 'insufficient_evidence' })] });
    expect([r.status, r.payableFen]).toEqual(['pending', 700]);
  });

  it('is payable above 0, denied at 0', () => {
    expect(price({ product: 'HMB-SH-2023', expenses: [pembro(1)] }).status).toBe('payable');
    expect(price({ product: 'HMB-SH-2023', expenses: [ward(1000)] }).status).toBe('denied');
    expect(price({ product: 'HMB-SH-2023', expenses: [] }).status).toBe('denied');
  });

  it('totals the lines, summarises each benefit and carries the year forward', () => {
    const r = price({
      product: 'HMB-SH-2023',
      yearToDate: { deductibleUsedFen: { HMB_INPATIENT_SELF_PAY: 100, OTHER: 5 }, paidFen: { HMB_SPECIAL_DRUG: 7 } },
      expenses: [ward(1600000), pembro(1000)],
    });
    expect(r.payableFen).toBe(r.lines[0]!.payableFen + r.lines[1]!.payableFen);
    expect(r.benefits.map((b) => b.benefit)).toEqual(['HMB_CAR_T', 'HMB_SPECIAL_DRUG', 'HMB_INPATIENT_SELF_PAY']);
    expect(r.benefits[2]).toMatchObject({
      deductibleFen: 1600000, deductibleUsedBeforeFen: 100, deductibleTakenFen: 1599900, deductibleRemainingFen: 0, paidFen: 70,
    });
    expect(r.yearToDateAfter).toEqual({
      deductibleUsedFen: { OTHER: 5, HMB_CAR_T: 0, HMB_SPECIAL_DRUG: 0, HMB_INPATIENT_SELF_PAY: 1600000 },
      paidFen: { HMB_CAR_T: 0, HMB_SPECIAL_DRUG: 707, HMB_INPATIENT_SELF_PAY: 70 },
    });
  });

  it('refuses a product the edition does not have', () => {
    expect(() => price({ product: 'NOPE', expenses: [] })).toThrow(UnknownProductError);
    expect(() => price({ product: 'NOPE', expenses: [] })).toThrow('claim.product: unknown product NOPE');
  });
});

describe('toCaseResult', () => {
  it('gives exactly the exchange-format keys in their order', () => {
    const r = price({ product: 'MM-2025', socialInsuranceSettled: true, expenses: [pembro(1000, { id: 'E1', catalogue: 'B', socialInsurancePaidFen: 400 })] });
    expect(JSON.stringify(toCaseResult(r))).toBe(JSON.stringify({
      caseId: 'T-PAYOUT', edition: 'PAY-2025.1', product: 'MM-2025', status: 'payable', payableFen: 600,
      lines: [{ id: 'E1', benefit: 'MM_SPECIAL_DRUG', status: 'paid', eligibleFen: 600, deductibleFen: 0, percent: 100, payableFen: 600, reasons: [] }],
    }));
  });
});
