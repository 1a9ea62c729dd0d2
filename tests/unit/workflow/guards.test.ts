import { describe, expect, it } from 'vitest';
import { warningKey, type CrossCheckWarning } from '../../../shared/claim-case/cross-checks';
import type { DocumentType } from '../../../shared/domain/document';
import type { Verdict } from '../../../shared/domain/vocabulary';
import type { DocumentMeta, ExpenseRow, Field } from '../../../shared/domain/workspace';
import { decisionGuards, type GuardInput } from '../../../shared/workflow/guards';
import { requiredDocuments } from '../../../shared/workflow/required-documents';

// The guards before an approve or partial decision (docs/workflow.md, "Guards before approve or
// partial"), each present when and only when its condition holds, and the document types a claim needs
// (docs/document-types.md, "Documents a claim needs").

const field = (id: string, status: Field['status'], key = 'totalFen'): Field =>
  ({ id, documentId: 'D1', key, value: 1, text: '1', confidence: 0.9, status, page: 1, bbox: [0, 0, 1, 1], source: 'text', updatedAt: 't', updatedBy: null });
const doc = (documentType: DocumentType): DocumentMeta =>
  ({ id: `D-${documentType}`, sha256: documentType, documentType, fileName: `${documentType}.pdf`, pages: 1, sizeBytes: 1, importedAt: 't' });

const INVOICE_TOTAL: CrossCheckWarning = { code: 'INVOICE_ITEMS_TOTAL', fieldIds: ['F2', 'F1'], params: { statedFen: 1001, sumFen: 1000 } };
const NAMES: CrossCheckWarning = { code: 'PATIENT_NAME_MISMATCH', fieldIds: ['F3', 'F4'], params: { names: '王芳 / 王方' } };

/** A claim with nothing in the way: every field reviewed, no warning, no off-pathway line paid, every document there. */
function clean(): GuardInput {
  return {
    detail: { fields: [field('F1', 'confirmed'), field('F2', 'corrected')], documents: [doc('medical_invoice'), doc('prescription')] },
    warnings: [],
    acknowledged: new Set(),
    engineVerdicts: new Map<string, Verdict>([['T1', 'in_pathway']]),
    overridden: new Set(),
    paidLines: [{ expenseId: 'E1', treatmentId: 'T1' }],
    drugOf: new Map([['T1', 'osimertinib']]),
    needed: [{ documentType: 'medical_invoice', marker: null }, { documentType: 'prescription', marker: null }],
  };
}

const codes = (input: GuardInput) => decisionGuards(input).map((g) => g.code);

describe('decision guards', () => {
  it('stand in the way of nothing on a clean claim', () => {
    expect(decisionGuards(clean())).toEqual([]);
  });

  it('FIELDS_UNCONFIRMED names exactly the fields still as read, and only while one is', () => {
    const input = clean();
    input.detail = { ...input.detail, fields: [field('F1', 'extracted'), field('F2', 'confirmed'), field('F3', 'corrected'), field('F4', 'extracted')] };
    expect(decisionGuards(input)).toEqual([expect.objectContaining({ code: 'FIELDS_UNCONFIRMED', fieldIds: ['F1', 'F4'] })]);
    input.detail = { ...input.detail, fields: input.detail.fields.map((f) => ({ ...f, status: 'confirmed' as const })) };
    expect(codes(input)).toEqual([]);
  });

  it('WARNING_UNACKNOWLEDGED stands for each warning until exactly its key is acknowledged', () => {
    const input = clean();
    input.warnings = [INVOICE_TOTAL, NAMES];
    expect(decisionGuards(input)).toEqual([
      expect.objectContaining({ code: 'WARNING_UNACKNOWLEDGED', warningKey: warningKey(INVOICE_TOTAL), warningCode: 'INVOICE_ITEMS_TOTAL', fieldIds: ['F2', 'F1'] }),
      expect.objectContaining({ code: 'WARNING_UNACKNOWLEDGED', warningKey: warningKey(NAMES), warningCode: 'PATIENT_NAME_MISMATCH' }),
    ]);
    // The same warning with other figures is another warning: its acknowledgement does not carry over.
    input.acknowledged = new Set([warningKey({ ...INVOICE_TOTAL, params: { statedFen: 1002, sumFen: 1000 } })]);
    expect(codes(input)).toEqual(['WARNING_UNACKNOWLEDGED', 'WARNING_UNACKNOWLEDGED']);
    // Nor does its code alone, or the same figures on other fields.
    input.acknowledged = new Set(['INVOICE_ITEMS_TOTAL', 'PATIENT_NAME_MISMATCH', warningKey({ ...INVOICE_TOTAL, fieldIds: ['F1', 'F9'] })]);
    expect(codes(input)).toEqual(['WARNING_UNACKNOWLEDGED', 'WARNING_UNACKNOWLEDGED']);
    input.acknowledged = new Set([warningKey(INVOICE_TOTAL)]);
    expect(decisionGuards(input)).toEqual([expect.objectContaining({ code: 'WARNING_UNACKNOWLEDGED', warningKey: warningKey(NAMES) })]);
    input.acknowledged = new Set([warningKey(INVOICE_TOTAL), warningKey(NAMES)]);
    expect(codes(input)).toEqual([]);
  });

  it('OFF_PATHWAY_PAID stands for a paid line of an off-pathway treatment until a reviewer overrides it', () => {
    const input = clean();
    input.engineVerdicts = new Map<string, Verdict>([['T1', 'off_pathway']]);
    expect(decisionGuards(input)).toEqual([expect.objectContaining({ code: 'OFF_PATHWAY_PAID', expenseId: 'E1', treatmentId: 'T1', drug: 'osimertinib' })]);
    input.overridden = new Set(['T1']);
    expect(codes(input)).toEqual([]);
  });

  it('OFF_PATHWAY_PAID needs a paid line, an off_pathway verdict and a treatment', () => {
    for (const verdict of ['in_pathway', 'insufficient_evidence', 'not_governed'] as const) {
      expect(codes({ ...clean(), engineVerdicts: new Map([['T1', verdict]]) })).toEqual([]);
    }
    expect(codes({ ...clean(), engineVerdicts: new Map([['T1', 'off_pathway']]), paidLines: [] })).toEqual([]);
    expect(codes({ ...clean(), engineVerdicts: new Map([['T1', 'off_pathway']]), paidLines: [{ expenseId: 'E1', treatmentId: null }] })).toEqual([]);
    expect(codes({ ...clean(), engineVerdicts: new Map([['T1', 'off_pathway'], ['T2', 'off_pathway']]), overridden: new Set(['T2']) })).toEqual(['OFF_PATHWAY_PAID']);
  });

  it('DOCUMENT_TYPE_MISSING names each needed type the claim lacks, with the marker that calls for it', () => {
    const input = clean();
    input.needed = [...input.needed, { documentType: 'genetic_report', marker: 'EGFR' }, { documentType: 'expense_list', marker: null }];
    expect(decisionGuards(input)).toEqual([
      expect.objectContaining({ code: 'DOCUMENT_TYPE_MISSING', documentType: 'genetic_report', marker: 'EGFR' }),
      expect.objectContaining({ code: 'DOCUMENT_TYPE_MISSING', documentType: 'expense_list', marker: null }),
    ]);
    input.detail = { ...input.detail, documents: [...input.detail.documents, doc('genetic_report'), doc('expense_list')] };
    expect(codes(input)).toEqual([]);
    // A document of another type does not stand in for the one needed.
    expect(codes({ ...clean(), detail: { ...clean().detail, documents: [doc('medical_invoice'), doc('other')] } })).toEqual(['DOCUMENT_TYPE_MISSING']);
  });

  it('reports every guard that stands, together', () => {
    const input = clean();
    input.detail = { fields: [field('F1', 'extracted')], documents: [] };
    input.warnings = [NAMES];
    input.engineVerdicts = new Map<string, Verdict>([['T1', 'off_pathway']]);
    expect(codes(input)).toEqual(['FIELDS_UNCONFIRMED', 'WARNING_UNACKNOWLEDGED', 'OFF_PATHWAY_PAID', 'DOCUMENT_TYPE_MISSING', 'DOCUMENT_TYPE_MISSING']);
  });
});

const line = (over: Partial<ExpenseRow>): ExpenseRow => ({
  id: 'E1', name: 'x', kind: 'drug', drug: 'osimertinib', setting: 'pharmacy', catalogue: 'B', amountFen: 100, socialInsurancePaidFen: 0, otherPaidFen: 0,
  treatmentId: null, included: true, ...over,
});
const types = (expenses: ExpenseRow[], reasons: string[][] = []) => requiredDocuments({ expenses }, reasons).map((n) => n.documentType);

describe('documents a claim needs', () => {
  it('always an invoice', () => {
    expect(requiredDocuments({ expenses: [] }, [])).toEqual([{ documentType: 'medical_invoice', marker: null }]);
  });

  it('the expense list and discharge summary of a stay, for any inpatient line, drug or service', () => {
    expect(types([line({ setting: 'inpatient', kind: 'service', drug: null })])).toEqual(['medical_invoice', 'expense_list', 'discharge_summary']);
    expect(types([line({ setting: 'inpatient' })])).toEqual(['medical_invoice', 'expense_list', 'discharge_summary']);
  });

  it('a prescription for a drug bought outside a stay (outpatient or pharmacy), not for a service', () => {
    expect(types([line({ setting: 'outpatient' })])).toEqual(['medical_invoice', 'prescription']);
    expect(types([line({ setting: 'pharmacy' })])).toEqual(['medical_invoice', 'prescription']);
    expect(types([line({ setting: 'outpatient', kind: 'service', drug: null })])).toEqual(['medical_invoice']);
    expect(types([line({ setting: 'inpatient' }), line({ id: 'E2', setting: 'pharmacy' })])).toEqual(['medical_invoice', 'expense_list', 'discharge_summary', 'prescription']);
  });

  it('nothing for a line taken out of the payout', () => {
    expect(types([line({ setting: 'inpatient', included: false }), line({ id: 'E2', setting: 'pharmacy', included: false })])).toEqual(['medical_invoice']);
  });

  it.each([
    ['EGFR', 'genetic_report'], ['ALK', 'genetic_report'], ['ROS1', 'genetic_report'], ['RAS', 'genetic_report'], ['BRAF', 'genetic_report'],
    ['MSI', 'genetic_report'], ['HER2', 'pathology_report'], ['PD-L1', 'pathology_report'], ['MMR', 'pathology_report'],
  ] as const)('BIOMARKER_NOT_DOCUMENTED:%s asks for a %s', (marker, type) => {
    expect(requiredDocuments({ expenses: [] }, [['DOSE_OK'], [`BIOMARKER_NOT_DOCUMENTED:${marker}`]]))
      .toEqual([{ documentType: 'medical_invoice', marker: null }, { documentType: type, marker }]);
  });

  it('no report for other reasons or unknown markers, and one report of a type however many markers ask', () => {
    expect(types([], [['BIOMARKER_MISMATCH', 'BIOMARKER_NOT_DOCUMENTED:KRAS', 'BIOMARKER_NOT_DOCUMENTED:']])).toEqual(['medical_invoice']);
    expect(requiredDocuments({ expenses: [] }, [['BIOMARKER_NOT_DOCUMENTED:EGFR'], ['BIOMARKER_NOT_DOCUMENTED:ALK', 'BIOMARKER_NOT_DOCUMENTED:HER2']]))
      .toEqual([{ documentType: 'medical_invoice', marker: null }, { documentType: 'genetic_report', marker: 'EGFR' }, { documentType: 'pathology_report', marker: 'HER2' }]);
  });
});
