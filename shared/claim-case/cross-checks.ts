import type { DocumentType } from '../domain/document';
import type { ClaimDetail, Field } from '../domain/workspace';
import { sumFen } from '../money/sum-fen';
import { milligramsPerUnit } from './dispensed-mg';

// Checks across a claim's documents, shown above the fields panel as warnings that link to the fields
// involved. They read the fields as they stand (reviewed or not): a warning is a reason to look.

export type CrossCheckCode =
  | 'PATIENT_NAME_MISMATCH' // the patient's name differs between documents
  | 'INVOICE_ITEMS_TOTAL' // an invoice's 合计 is not the sum of its items
  | 'EXPENSE_LIST_ITEMS_TOTAL' // an expense list's total is not the sum of its rows
  | 'EXPENSE_LIST_VS_INVOICE' // the expense lists' totals differ from the invoices' totals
  | 'DOSE_QUANTITY' // prescribed dose x days disagrees with the quantity dispensed
  | 'DATES_OUT_OF_ORDER'; // admission after discharge, or a report dated after the treatment it supports

export interface CrossCheckWarning {
  code: CrossCheckCode;
  fieldIds: string[];
  /** Values for the message (amounts in fen, dates ISO, names). */
  params: Record<string, string | number>;
}

const ADMINISTRATIONS_PER_DAY: Record<string, number> = { qd: 1, bid: 2, tid: 3 };
const INTERVAL_DAYS: Record<string, number> = { qw: 7, q2w: 14, q3w: 21, q4w: 28, q6w: 42 };

interface Item { drug?: unknown; amountFen?: unknown; quantity?: unknown; spec?: unknown; doseValue?: unknown; doseUnit?: unknown; frequency?: unknown; days?: unknown }

const fen = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null);
/** A document's fields by key; a table that runs over several pages is one field per page. */
type DocumentFields = Map<string, Field[]>;
const first = (doc: DocumentFields, key: string): Field | undefined => doc.get(key)?.[0];
const rowsOf = (doc: DocumentFields, key = 'items'): { item: Item; field: Field }[] =>
  (doc.get(key) ?? []).flatMap((f) => (Array.isArray(f.value) ? (f.value as Item[]).map((item) => ({ item, field: f })) : []));
const normalName = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, '').normalize('NFKC') : '');

function byDocumentType(detail: ClaimDetail): (type: DocumentType) => DocumentFields[] {
  const perDocument = new Map<string, DocumentFields>();
  for (const f of detail.fields) {
    let m = perDocument.get(f.documentId);
    if (!m) perDocument.set(f.documentId, (m = new Map()));
    const list = m.get(f.key);
    if (list) list.push(f);
    else m.set(f.key, [f]);
  }
  return (type) => detail.documents.filter((d) => d.documentType === type).map((d) => perDocument.get(d.id) ?? new Map());
}

function totalsAgree(doc: DocumentFields, code: CrossCheckCode): CrossCheckWarning | null {
  const total = first(doc, 'totalFen');
  const rows = rowsOf(doc);
  const stated = fen(total?.value);
  const amounts = rows.map((r) => fen(r.item.amountFen));
  if (!total || stated === null || amounts.length === 0 || amounts.some((a) => a === null)) return null;
  const sum = sumFen(amounts as number[]);
  const fieldIds = [total.id, ...new Set(rows.map((r) => r.field.id))];
  return sum === stated ? null : { code, fieldIds, params: { statedFen: stated, sumFen: sum } };
}

function administrations(frequency: unknown, days: number): number | null {
  if (typeof frequency !== 'string') return null;
  if (frequency === 'once') return 1;
  const perDay = ADMINISTRATIONS_PER_DAY[frequency];
  if (perDay) return perDay * days;
  const interval = INTERVAL_DAYS[frequency];
  return interval ? Math.max(1, Math.ceil(days / interval)) : null;
}

export function crossCheck(detail: ClaimDetail): CrossCheckWarning[] {
  const docs = byDocumentType(detail);
  const warnings: CrossCheckWarning[] = [];

  const names = detail.fields.filter((f) => f.key === 'patientName' && normalName(f.value));
  if (new Set(names.map((f) => normalName(f.value))).size > 1) {
    warnings.push({ code: 'PATIENT_NAME_MISMATCH', fieldIds: names.map((f) => f.id), params: { names: [...new Set(names.map((f) => String(f.value)))].join(' / ') } });
  }

  const invoices = docs('medical_invoice');
  const lists = docs('expense_list');
  for (const doc of invoices) {
    const w = totalsAgree(doc, 'INVOICE_ITEMS_TOTAL');
    if (w) warnings.push(w);
  }
  for (const doc of lists) {
    const w = totalsAgree(doc, 'EXPENSE_LIST_ITEMS_TOTAL');
    if (w) warnings.push(w);
  }
  const invoiceTotals = invoices.map((d) => first(d, 'totalFen')).filter((f): f is Field => fen(f?.value) !== null);
  const listTotals = lists.map((d) => first(d, 'totalFen')).filter((f): f is Field => fen(f?.value) !== null);
  if (invoiceTotals.length && listTotals.length) {
    const invoiceFen = sumFen(invoiceTotals.map((f) => f.value as number));
    const listFen = sumFen(listTotals.map((f) => f.value as number));
    if (invoiceFen !== listFen) {
      warnings.push({ code: 'EXPENSE_LIST_VS_INVOICE', fieldIds: [...listTotals, ...invoiceTotals].map((f) => f.id), params: { listFen, invoiceFen } });
    }
  }

  const listRows = lists.flatMap((d) => rowsOf(d));
  for (const doc of docs('prescription')) {
    for (const { item: p, field: rx } of rowsOf(doc)) {
      const days = typeof p.days === 'number' ? p.days : null;
      const times = days === null ? null : administrations(p.frequency, days);
      if (times === null || typeof p.doseValue !== 'number' || p.doseUnit !== 'mg' || typeof p.drug !== 'string') continue;
      const rows = listRows.filter(({ item }) => typeof item.drug === 'string' && item.drug.toLowerCase() === (p.drug as string).toLowerCase());
      const perUnit = rows.map(({ item }) => (typeof item.spec === 'string' ? milligramsPerUnit(item.spec) : null));
      if (rows.length === 0 || perUnit.some((mg) => mg === null)) continue;
      const dispensedMg = rows.reduce((sum, { item }, i) => sum + (typeof item.quantity === 'number' ? item.quantity : 0) * perUnit[i]!, 0);
      const neededMg = p.doseValue * times;
      const largestUnit = Math.max(...(perUnit as number[]));
      // Packs and vials round up: dispensing less than needed, or a whole unit more, is worth a look.
      if (dispensedMg < neededMg || dispensedMg >= neededMg + largestUnit) {
        warnings.push({ code: 'DOSE_QUANTITY', fieldIds: [rx.id, ...new Set(rows.map((r) => r.field.id))], params: { drug: p.drug, neededMg, dispensedMg } });
      }
    }
  }

  for (const doc of docs('discharge_summary')) {
    const admission = first(doc, 'admissionDate');
    const discharge = first(doc, 'dischargeDate');
    if (admission && discharge && typeof admission.value === 'string' && typeof discharge.value === 'string' && admission.value > discharge.value) {
      warnings.push({ code: 'DATES_OUT_OF_ORDER', fieldIds: [admission.id, discharge.id], params: { first: admission.value, second: discharge.value } });
    }
  }
  const firstTreatment = detail.treatments.map((t) => t.startDate).filter((d): d is string => !!d).sort()[0];
  if (firstTreatment) {
    for (const doc of [...docs('pathology_report'), ...docs('genetic_report')]) {
      const report = first(doc, 'reportDate');
      if (report && typeof report.value === 'string' && report.value > firstTreatment) {
        warnings.push({ code: 'DATES_OUT_OF_ORDER', fieldIds: [report.id], params: { first: report.value, second: firstTreatment } });
      }
    }
  }
  return warnings;
}

/**
 * A warning's identity for its acknowledgement: its code, the fields it names and what it says. A
 * warning that comes back with other figures (a total corrected since) is a new one to look at.
 */
export function warningKey(w: CrossCheckWarning): string {
  const params = Object.keys(w.params).sort().map((k) => `${k}=${String(w.params[k])}`);
  return [w.code, [...w.fieldIds].sort().join(','), params.join(';')].join('|');
}
