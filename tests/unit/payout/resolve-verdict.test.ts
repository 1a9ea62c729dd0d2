import { describe, expect, it } from 'vitest';
import type { Expense, Treatment } from '../../../shared/domain/case';
import type { Verdict } from '../../../shared/domain/vocabulary';
import { normaliseDrugName } from '../../../shared/pathway/evaluate';
import { resolveVerdict, type PayoutContext } from '../../../shared/payout';
import { loadEdition } from '../../../src-main/editions/load-edition';
import { line } from '../../fixtures/payout/build-case';

// docs/payout-rules.md §2: given verdict, else the named treatment's, else the first same-drug treatment's,
// else insufficient_evidence.

const treatments: Treatment[] = [
  { id: 'T1', drug: 'pembrolizumab' },
  { id: 'T2', drug: '帕博利珠单抗' },
  { id: 'T3', drug: 'Osimertinib' },
  { id: 'T4', drug: 'pemetrexed' },
];
const pathwayVerdicts = new Map<string, Verdict>([['T1', 'off_pathway'], ['T2', 'in_pathway'], ['T3', 'in_pathway'], ['T4', 'not_governed']]);
const edition = loadEdition();
const context: PayoutContext = { pathwayVerdicts, normaliseDrug: (name) => normaliseDrugName(name, edition) };
const drugLine = (drug: string, over: Partial<Expense> = {}) =>
  line({ drug, setting: 'pharmacy', catalogue: 'self_pay', amountFen: 100, ...over });

describe('resolveVerdict', () => {
  it('takes the verdict given on the line first', () => {
    expect(resolveVerdict(drugLine('pembrolizumab', { pathwayVerdict: 'insufficient_evidence', treatmentId: 'T2' }), treatments, context))
      .toEqual({ verdict: 'insufficient_evidence', source: 'given', treatmentId: null });
  });

  it('then the treatment named by treatmentId, over an earlier treatment of the same drug', () => {
    expect(resolveVerdict(drugLine('pembrolizumab', { treatmentId: 'T2' }), treatments, context))
      .toEqual({ verdict: 'in_pathway', source: 'pathway', treatmentId: 'T2' });
  });

  it('then the first treatment of the same drug', () => {
    expect(resolveVerdict(drugLine('PEMBROLIZUMAB '), treatments, context))
      .toEqual({ verdict: 'off_pathway', source: 'pathway', treatmentId: 'T1' });
    expect(resolveVerdict(drugLine('osimertinib'), treatments, context))
      .toEqual({ verdict: 'in_pathway', source: 'pathway', treatmentId: 'T3' });
  });

  it('matches a Chinese name on the line with the treatment written in English, and the reverse', () => {
    expect(resolveVerdict(drugLine('奥希替尼'), treatments, context)).toMatchObject({ verdict: 'in_pathway', treatmentId: 'T3' });
    const chineseFirst = [treatments[1]!, treatments[0]!];
    expect(resolveVerdict(drugLine('pembrolizumab'), chineseFirst, context)).toMatchObject({ verdict: 'in_pathway', treatmentId: 'T2' });
  });

  it('falls back to the same drug when the named treatment has no verdict', () => {
    const partial: PayoutContext = { ...context, pathwayVerdicts: new Map([['T1', 'off_pathway']]) };
    expect(resolveVerdict(drugLine('pembrolizumab', { treatmentId: 'T2' }), treatments, partial))
      .toEqual({ verdict: 'off_pathway', source: 'pathway', treatmentId: 'T1' });
  });

  it('else pends the line for lack of clinical information', () => {
    const none = { verdict: 'insufficient_evidence', source: 'default', treatmentId: null };
    expect(resolveVerdict(drugLine('lenvatinib'), treatments, context)).toEqual(none);
    expect(resolveVerdict(drugLine('pembrolizumab'), treatments, {})).toEqual(none);
    expect(resolveVerdict(drugLine('pembrolizumab'), [], context)).toEqual(none);
  });

  it('without an edition, matches English names only', () => {
    const english: PayoutContext = { pathwayVerdicts };
    expect(resolveVerdict(drugLine(' Osimertinib'), treatments, english)).toMatchObject({ treatmentId: 'T3' });
    expect(resolveVerdict(drugLine('奥希替尼'), treatments, english)).toMatchObject({ source: 'default' });
  });
});
