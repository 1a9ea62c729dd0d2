import { describe, expect, it } from 'vitest';
import type { PayoutCase, Treatment } from '../../../shared/domain/case';
import { payoutWithPathway } from '../../../shared/payout/with-pathway';
import { loadEdition } from '../../../src-main/editions/load-edition';
import { loadProducts } from '../../../src-main/editions/load-products';

// The payout taking its verdicts from the pathway check of the same case.

const osimertinib = (dose: number, id = 'T1'): Treatment => ({ id, drug: 'osimertinib', dose: { value: dose, unit: 'mg' }, frequency: 'qd' });

function lungCase(treatments: Treatment[], egfr: boolean, drug = 'osimertinib', treatmentId?: string): PayoutCase {
  return {
    caseId: 'T-WITH-PATHWAY',
    patient: { sex: 'F', weightKg: 58, heightCm: 160 },
    diagnosis: { icd10: 'C34.301', histology: 'adenocarcinoma', setting: 'advanced', stage: 'IVB' },
    biomarkers: egfr ? [{ marker: 'EGFR', result: 'L858R' }] : [],
    priorLines: [],
    treatments,
    claim: {
      product: 'MM-2025', socialInsuranceSettled: false,
      expenses: [
        { id: 'E1', kind: 'drug', drug, treatmentId, setting: 'pharmacy', catalogue: 'B', amountFen: 2000000, socialInsurancePaidFen: 1000000 },
        { id: 'E2', kind: 'service', setting: 'outpatient', catalogue: 'A', amountFen: 5000 },
      ],
    },
  };
}

const run = (c: PayoutCase) => payoutWithPathway(c, loadProducts(), loadEdition());

describe('payoutWithPathway', () => {
  it('pays a line the check finds in pathway', () => {
    const r = run(lungCase([osimertinib(80)], true, 'osimertinib', 'T1'));
    expect(r.lines[0]).toMatchObject({ status: 'paid', percent: 60, payableFen: 600000 });
    expect(r.lines[0]!.explanation).toMatchObject({ verdict: 'in_pathway', verdictSource: 'pathway', verdictTreatmentId: 'T1' });
    expect(r.status).toBe('payable');
  });

  it('refuses a line the check finds off pathway (dose above 110%)', () => {
    const r = run(lungCase([osimertinib(160)], true, 'osimertinib', 'T1'));
    expect(r.lines[0]).toMatchObject({ benefit: 'MM_SPECIAL_DRUG', status: 'not_covered', reasons: ['OFF_PATHWAY'] });
  });

  it('pends a line whose biomarker is not documented', () => {
    const r = run(lungCase([osimertinib(80)], false, 'osimertinib', 'T1'));
    expect(r.lines[0]).toMatchObject({ status: 'pending', reasons: ['PATHWAY_PENDING'] });
    expect(r.status).toBe('pending');
  });

  it('finds the treatment of a line named in Chinese without treatmentId', () => {
    const r = run(lungCase([osimertinib(160, 'T0'), osimertinib(80, 'T1')], true, '奥希替尼'));
    // The first osimertinib treatment is T0, off pathway by dose.
    expect(r.lines[0]!.explanation).toMatchObject({ drug: 'osimertinib', verdict: 'off_pathway', verdictTreatmentId: 'T0' });
  });

  it('keeps a verdict given on the line over the check', () => {
    const c = lungCase([osimertinib(160)], true, 'osimertinib', 'T1');
    c.claim.expenses[0]!.pathwayVerdict = 'in_pathway';
    expect(run(c).lines[0]).toMatchObject({ status: 'paid', payableFen: 600000 });
  });
});
