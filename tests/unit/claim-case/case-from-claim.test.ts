import { describe, expect, it } from 'vitest';
import { caseFromClaim } from '../../../shared/claim-case/case-from-claim';
import type { ClaimDetail, Field } from '../../../shared/domain/workspace';

// A claim's facts: the record's, unless a person confirmed or corrected a document field that states it.

let n = 0;
function field(documentId: string, key: string, value: unknown, status: Field['status'] = 'confirmed'): Field {
  return { id: `F${++n}`, documentId, key, value, text: String(value), confidence: 0.9, status, page: 1, bbox: [0, 0, 1, 1], source: 'text', updatedAt: 't', updatedBy: null };
}

function detail(fields: Field[]): ClaimDetail {
  const doc = (id: string, documentType: ClaimDetail['documents'][number]['documentType']) =>
    ({ id, sha256: id, documentType, fileName: id, pages: 1, sizeBytes: 1, importedAt: 't' });
  return {
    claim: {
      id: 'C1', claimNumber: 'C1', status: 'in_review', priority: 'normal', claimantName: '王芳', claimantIdMasked: 'x', product: 'MM-2025',
      policyNumber: 'P1', policyStart: '2025-01-01', policyEnd: '2025-12-31', diagnosisText: '肺腺癌', cancerType: 'NSCLC', claimedFen: 1,
      receivedAt: 't', slaDue: 't', assigneeId: null, assigneeName: null, version: 1, preExisting: false, socialInsuranceSettled: true,
    },
    documents: [doc('GEN', 'genetic_report'), doc('PATH', 'pathology_report'), doc('RX', 'prescription'), doc('LIST', 'expense_list'), doc('DS', 'discharge_summary')],
    notices: [],
    acknowledged: [],
    fields,
    treatments: [{ id: 'T1', drug: 'osimertinib', doseValue: 80, doseUnit: 'mg', frequency: 'qd', cycle: 2, startDate: '2025-03-01' }],
    expenses: [
      { id: 'E1', name: '奥希替尼', kind: 'drug', drug: 'osimertinib', setting: 'pharmacy', catalogue: 'B', amountFen: 1_530_000, socialInsurancePaidFen: 918_000, otherPaidFen: 0, treatmentId: 'T1', included: true },
      { id: 'E2', name: '检查费', kind: 'service', drug: null, setting: 'inpatient', catalogue: 'A', amountFen: 20_000, socialInsurancePaidFen: 0, otherPaidFen: 0, treatmentId: null, included: false },
    ],
    facts: {
      patient: { sex: 'F', weightKg: 56, heightCm: 158 },
      diagnosis: { icd10: 'C34.1', histology: 'adenocarcinoma', setting: 'advanced', stage: 'IVA' },
      biomarkers: [{ marker: 'PD-L1', tps: 10 }, { marker: 'EGFR', result: ['exon19del'] }],
      priorLines: [], priorAdjuvant: [],
    },
  };
}

describe('case from a claim', () => {
  it('takes the record when no field was reviewed, and leaves excluded lines out', () => {
    const { case: c, sources } = caseFromClaim(detail([field('GEN', 'egfr', ['negative'], 'extracted')]));
    expect(c.biomarkers).toEqual([{ marker: 'PD-L1', tps: 10 }, { marker: 'EGFR', result: ['exon19del'] }]);
    expect(c.treatments[0]!.dose).toEqual({ value: 80, unit: 'mg' });
    expect(c.claim.expenses.map((e) => e.id)).toEqual(['E1']);
    expect(sources['biomarkers[1].result']).toBeUndefined();
  });

  it('lets a confirmed or corrected field state the fact, and remembers the field', () => {
    const egfr = field('GEN', 'egfr', ['L858R'], 'corrected');
    const ihc = field('PATH', 'her2Ihc', 'IHC2+');
    const ish = field('PATH', 'her2Ish', 'negative');
    const tps = field('PATH', 'pdl1Tps', 55);
    const stage = field('DS', 'stage', 'IVB');
    const { case: c, sources } = caseFromClaim(detail([egfr, ihc, ish, tps, stage]));
    expect(c.biomarkers).toEqual([{ marker: 'PD-L1', tps: 55 }, { marker: 'EGFR', result: ['L858R'] }, { marker: 'HER2', result: 'IHC2+', ish: 'negative' }]);
    expect(c.diagnosis?.stage).toBe('IVB');
    expect(sources['biomarkers[1].result']).toEqual({ fieldId: egfr.id, documentId: 'GEN', key: 'egfr' });
    expect(sources['biomarkers[2].ish']?.fieldId).toBe(ish.id);
    expect(sources['diagnosis.stage']?.fieldId).toBe(stage.id);
  });

  it('takes the prescribed dose of a reviewed prescription', () => {
    const rx = field('RX', 'items', [{ drug: 'osimertinib', doseValue: 160, doseUnit: 'mg', frequency: 'qd', quantity: 30, days: 30 }]);
    const { case: c, sources } = caseFromClaim(detail([rx]));
    expect(c.treatments[0]).toMatchObject({ dose: { value: 160, unit: 'mg' }, frequency: 'qd' });
    expect(sources['treatments[0].dose']?.fieldId).toBe(rx.id);
  });

  it('restates a drug line as the sum of its rows on a reviewed expense list, traced to that list', () => {
    const list = field('LIST', 'items', [
      { name: '奥希替尼片', drug: 'osimertinib', amountFen: 510_000 }, { name: '奥希替尼片', drug: 'osimertinib', amountFen: 510_001 },
      { name: '床位费', amountFen: 5_000 },
    ]);
    const { case: c, sources } = caseFromClaim(detail([list]));
    expect(c.claim.expenses[0]!.amountFen).toBe(1_020_001);
    expect(sources['claim.expenses[0].amountFen']?.fieldId).toBe(list.id);
  });
});
