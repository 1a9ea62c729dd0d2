// How a field's value is shown and edited, by its key (documents.md): amounts in fen, calendar dates,
// numbers, item lists, text. A key the vocabulary does not list falls back on the value's own type.
export type FieldKind = 'amount' | 'date' | 'number' | 'list' | 'text';

const DATE_KEYS = new Set(['issueDate', 'admissionDate', 'dischargeDate', 'reportDate', 'prescriptionDate', 'date']);
const NUMBER_KEYS = new Set(['age', 'quantity', 'days', 'doseValue', 'pdl1Tps', 'pdl1Cps']);
const LIST_KEYS = new Set(['items', 'dischargeDrugs', 'egfr']);

export function fieldKind(key: string, value: unknown): FieldKind {
  if (key.endsWith('Fen')) return 'amount';
  if (DATE_KEYS.has(key)) return 'date';
  if (LIST_KEYS.has(key) || (value !== null && typeof value === 'object')) return 'list';
  if (NUMBER_KEYS.has(key) || typeof value === 'number') return 'number';
  return 'text';
}
