import { describe, expect, it } from 'vitest';
import { crossCheck, warningKey, type CrossCheckWarning } from '../../../shared/claim-case/cross-checks';
import type { ClaimDetail, DocumentMeta, Field } from '../../../shared/domain/workspace';

// The cross-document total checks have no tolerance: one fen apart, either way, is a warning; equal
// totals are none. And a warning's key, which its acknowledgement is stored under, changes with its figures.

let n = 0;
const f = (documentId: string, key: string, value: unknown): Field =>
  ({ id: `${documentId}-F${++n}`, documentId, key, value, text: '', confidence: 0.9, status: 'extracted', page: 1, bbox: [0, 0, 1, 1], source: 'text', updatedAt: 't', updatedBy: null });
const doc = (id: string, documentType: DocumentMeta['documentType']): DocumentMeta =>
  ({ id, sha256: id, documentType, fileName: id, pages: 1, sizeBytes: 1, importedAt: 't' });

function claim(documents: DocumentMeta[], fields: Field[]): ClaimDetail {
  return {
    claim: {} as ClaimDetail['claim'], documents, notices: [], acknowledged: [], fields, treatments: [], expenses: [],
    facts: { patient: null, diagnosis: null, biomarkers: [], priorLines: [], priorAdjuvant: [] },
  } as ClaimDetail;
}

const items = (amounts: number[]) => amounts.map((amountFen, i) => ({ name: `item ${i + 1}`, amountFen }));
const AMOUNTS: readonly number[][] = [[1], [100], [1_530_000], [1_020_000, 510_000], [999_999, 1, 12_345_678], [987_654_321_0]];
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const codesOf = (ws: CrossCheckWarning[]) => ws.map((w) => w.code);

describe.each([
  ['INVOICE_ITEMS_TOTAL', 'medical_invoice'],
  ['EXPENSE_LIST_ITEMS_TOTAL', 'expense_list'],
] as const)('%s: a total against the sum of its items', (code, type) => {
  const check = (amounts: number[], statedFen: number) =>
    crossCheck(claim([doc('D', type)], [f('D', 'items', items(amounts)), f('D', 'totalFen', statedFen)]));

  it.each(AMOUNTS.map((a) => [a]))('items %j: equal is fine, 1 fen over or under is a warning', (amounts) => {
    const total = sum(amounts);
    expect(check(amounts, total)).toEqual([]);
    expect(check(amounts, total + 1)).toEqual([expect.objectContaining({ code, params: { statedFen: total + 1, sumFen: total } })]);
    if (total > 0) expect(check(amounts, total - 1)).toEqual([expect.objectContaining({ code, params: { statedFen: total - 1, sumFen: total } })]);
  });

  it('sums items over the pages of a table, to the fen', () => {
    const fields = [f('D', 'items', items([100_000, 1])), f('D', 'items', items([49_999])), f('D', 'totalFen', 150_000)];
    expect(crossCheck(claim([doc('D', type)], fields))).toEqual([]);
    fields[2] = f('D', 'totalFen', 149_999);
    expect(codesOf(crossCheck(claim([doc('D', type)], fields)))).toEqual([code]);
    fields[2] = f('D', 'totalFen', 150_001);
    expect(codesOf(crossCheck(claim([doc('D', type)], fields)))).toEqual([code]);
  });
});

describe('EXPENSE_LIST_VS_INVOICE: the lists\' totals against the invoices\' totals', () => {
  const check = (invoiceTotals: number[], listTotals: number[]) => crossCheck(claim(
    [...invoiceTotals.map((_, i) => doc(`INV${i}`, 'medical_invoice')), ...listTotals.map((_, i) => doc(`LIST${i}`, 'expense_list'))],
    [...invoiceTotals.map((t, i) => f(`INV${i}`, 'totalFen', t)), ...listTotals.map((t, i) => f(`LIST${i}`, 'totalFen', t))],
  ));

  it.each([[1], [100], [1_530_000], [987_654_321_0]])('invoice %i: equal is fine, a list 1 fen over or under is a warning', (total) => {
    expect(check([total], [total])).toEqual([]);
    expect(check([total], [total + 1])).toEqual([expect.objectContaining({ code: 'EXPENSE_LIST_VS_INVOICE', params: { listFen: total + 1, invoiceFen: total } })]);
    expect(check([total + 1], [total])).toEqual([expect.objectContaining({ code: 'EXPENSE_LIST_VS_INVOICE', params: { listFen: total, invoiceFen: total + 1 } })]);
    expect(check([total], [total - 1])).toEqual([expect.objectContaining({ code: 'EXPENSE_LIST_VS_INVOICE', params: { listFen: total - 1, invoiceFen: total } })]);
  });

  it('adds several invoices and several lists before comparing', () => {
    expect(check([1_000_000, 530_000], [1_020_000, 510_000])).toEqual([]);
    expect(codesOf(check([1_000_000, 530_000], [1_020_000, 510_001]))).toEqual(['EXPENSE_LIST_VS_INVOICE']);
    expect(codesOf(check([1_000_000, 529_999], [1_020_000, 510_000]))).toEqual(['EXPENSE_LIST_VS_INVOICE']);
  });
});

describe('warningKey', () => {
  const w: CrossCheckWarning = { code: 'INVOICE_ITEMS_TOTAL', fieldIds: ['F1', 'F2', 'F3'], params: { statedFen: 1_530_001, sumFen: 1_530_000 } };

  it('gives the same warning the same key, whatever the order of its fields or params', () => {
    expect(warningKey({ ...w })).toBe(warningKey(w));
    expect(warningKey({ code: w.code, fieldIds: ['F3', 'F1', 'F2'], params: { sumFen: 1_530_000, statedFen: 1_530_001 } })).toBe(warningKey(w));
  });

  it('gives a warning with a changed figure, other fields or another code a different key', () => {
    const keys = [
      warningKey(w),
      warningKey({ ...w, params: { statedFen: 1_530_002, sumFen: 1_530_000 } }),
      warningKey({ ...w, params: { statedFen: 1_530_001, sumFen: 1_529_999 } }),
      warningKey({ ...w, fieldIds: ['F1', 'F2'] }),
      warningKey({ ...w, code: 'EXPENSE_LIST_ITEMS_TOTAL' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('follows the figures the check finds: the same claim twice, one key; a total corrected, a new key', () => {
    const fields = [f('INV', 'items', items([1_530_000])), f('INV', 'totalFen', 1_530_001)];
    const once = crossCheck(claim([doc('INV', 'medical_invoice')], fields)).map(warningKey);
    const again = crossCheck(claim([doc('INV', 'medical_invoice')], fields)).map(warningKey);
    expect(once).toHaveLength(1);
    expect(again).toEqual(once);
    const corrected = crossCheck(claim([doc('INV', 'medical_invoice')], [fields[0]!, { ...fields[1]!, value: 1_530_002 }])).map(warningKey);
    expect(corrected).toHaveLength(1);
    expect(corrected[0]).not.toBe(once[0]);
  });
});
