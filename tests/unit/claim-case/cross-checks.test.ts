import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../../shared/claim-case/cross-checks';
import { milligramsPerUnit } from '../../../shared/claim-case/dispensed-mg';
import type { ClaimDetail, DocumentMeta, Field } from '../../../shared/domain/workspace';

let n = 0;
const f = (documentId: string, key: string, value: unknown): Field =>
  ({ id: `F${++n}`, documentId, key, value, text: '', confidence: 0.9, status: 'extracted', page: 1, bbox: [0, 0, 1, 1], source: 'text', updatedAt: 't', updatedBy: null });
const doc = (id: string, documentType: DocumentMeta['documentType']): DocumentMeta =>
  ({ id, sha256: id, documentType, fileName: id, pages: 1, sizeBytes: 1, importedAt: 't' });

function claim(fields: Field[], startDate = '2025-03-10'): ClaimDetail {
  return {
    claim: {} as ClaimDetail['claim'],
    documents: [doc('INV', 'medical_invoice'), doc('LIST', 'expense_list'), doc('RX', 'prescription'), doc('DS', 'discharge_summary'), doc('GEN', 'genetic_report')],
    notices: [],
    acknowledged: [],
    fields,
    treatments: [{ id: 'T1', drug: 'osimertinib', doseValue: 80, doseUnit: 'mg', frequency: 'qd', cycle: 1, startDate }],
    expenses: [],
    facts: { patient: null, diagnosis: null, biomarkers: [], priorLines: [], priorAdjuvant: [] },
  };
}

const consistent = (): Field[] => [
  f('INV', 'patientName', '王芳'), f('LIST', 'patientName', '王 芳'), f('DS', 'patientName', '王芳'),
  f('INV', 'totalFen', 1_530_000), f('INV', 'items', [{ name: '西药费', amountFen: 1_530_000 }]),
  f('LIST', 'items', [{ name: '甲磺酸奥希替尼片', drug: 'osimertinib', spec: '80mg*30片', quantity: 1, amountFen: 1_020_000 }]),
  f('LIST', 'items', [{ name: '甲磺酸奥希替尼片', drug: 'osimertinib', spec: '80mg*15片', quantity: 2, amountFen: 510_000 }]),
  f('LIST', 'totalFen', 1_530_000),
  f('RX', 'items', [{ drug: 'osimertinib', doseValue: 80, doseUnit: 'mg', frequency: 'qd', quantity: 3, days: 60 }]),
  f('DS', 'admissionDate', '2025-03-01'), f('DS', 'dischargeDate', '2025-03-09'), f('GEN', 'reportDate', '2025-02-20'),
];

describe('cross-document checks', () => {
  it('find nothing on a consistent claim, tables over several pages included', () => {
    expect(crossCheck(claim(consistent()))).toEqual([]);
  });

  it('flag a different patient name, linking every name field', () => {
    const fields = consistent();
    fields[1] = f('LIST', 'patientName', '王方');
    const [w] = crossCheck(claim(fields));
    expect(w).toMatchObject({ code: 'PATIENT_NAME_MISMATCH', params: { names: '王芳 / 王方' } });
    expect(w!.fieldIds).toHaveLength(3);
  });

  it('flag an invoice whose total is not the sum of its items, and lists that disagree with invoices', () => {
    const fields = consistent().map((x) => (x.key === 'totalFen' && x.documentId === 'INV' ? f('INV', 'totalFen', 1_580_000) : x));
    const codes = crossCheck(claim(fields)).map((w) => [w.code, w.params]);
    expect(codes).toEqual([
      ['INVOICE_ITEMS_TOTAL', { statedFen: 1_580_000, sumFen: 1_530_000 }],
      ['EXPENSE_LIST_VS_INVOICE', { listFen: 1_530_000, invoiceFen: 1_580_000 }],
    ]);
  });

  it('flag a prescription whose dose x days the dispensed packs do not cover', () => {
    const fields = consistent().map((x) => (x.documentId === 'RX' ? f('RX', 'items', [{ drug: 'osimertinib', doseValue: 160, doseUnit: 'mg', frequency: 'qd', days: 60 }]) : x));
    expect(crossCheck(claim(fields))).toMatchObject([{ code: 'DOSE_QUANTITY', params: { drug: 'osimertinib', neededMg: 9600, dispensedMg: 4800 } }]);
  });

  it('flag discharge before admission and a report dated after the treatment began', () => {
    const fields = consistent().map((x) => (x.key === 'dischargeDate' ? f('DS', 'dischargeDate', '2025-02-28') : x));
    expect(crossCheck(claim(fields, '2025-02-10')).map((w) => w.params)).toEqual([
      { first: '2025-03-01', second: '2025-02-28' },
      { first: '2025-02-20', second: '2025-02-10' },
    ]);
  });
});

describe('milligrams per dispensed unit', () => {
  it.each([
    ['80mg*30片', 2400], ['150mg', 150], ['0.2g*24片', 4800], ['4ml:8mg', 8], ['100mg/10ml', 100], ['250ml', null], ['', null],
  ])('%s → %s', (spec, mg) => expect(milligramsPerUnit(spec)).toBe(mg));
});
