// How a field's value is shown and edited, by its key (docs/document-types.md): amounts in fen, calendar dates,
// numbers, item lists, lists of results (EGFR: exon19del, T790M), text. A key the vocabulary does not
// list falls back on the value's own type.
export type FieldKind = 'amount' | 'date' | 'number' | 'list' | 'terms' | 'text';

// The last three are dates of the case facts (docs/pathway-rules.md §1), which the pathway panel shows the same way.
const DATE_KEYS = new Set([
  'issueDate', 'serviceFrom', 'serviceTo', 'admissionDate', 'dischargeDate', 'reportDate', 'prescriptionDate', 'date',
  'advancedSince', 'startDate', 'endDate',
]);
const NUMBER_KEYS = new Set(['age', 'quantity', 'days', 'doseValue', 'pdl1Tps', 'pdl1Cps']);
const LIST_KEYS = new Set(['items', 'dischargeDrugs']);
const TERM_KEYS = new Set(['egfr']);

const isTermList = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === 'string');

export function fieldKind(key: string, value: unknown): FieldKind {
  if (key.endsWith('Fen')) return 'amount';
  if (DATE_KEYS.has(key)) return 'date';
  if (LIST_KEYS.has(key)) return 'list';
  if (TERM_KEYS.has(key) || isTermList(value)) return 'terms';
  if (value !== null && typeof value === 'object') return 'list';
  if (NUMBER_KEYS.has(key) || typeof value === 'number') return 'number';
  return 'text';
}
