import type { TFunction } from 'i18next';

// Labels for the shared vocabularies. A code the dictionaries do not know yet (a new product, a new
// field key) is shown as the code itself rather than hidden.

export const productLabel = (t: TFunction, code: string): string => t(`products.${code}`, { defaultValue: code });

export const fieldKeyLabel = (t: TFunction, key: string): string => t(`fieldKeys.${key}`, { defaultValue: key });

export const documentTypeLabel = (t: TFunction, type: string): string => t(`documentTypes.${type}`, { defaultValue: type });

// The vocabulary each coded key's values come from (docs/document-types.md "Values", and the case facts of
// docs/pathway-rules.md §1 that the pathway panel shows under the same names).
const VALUE_GROUPS: ReadonlyMap<string, string> = new Map(Object.entries({
  catalogue: 'catalogue', sex: 'sex', setting: 'setting', histology: 'histology', primarySite: 'primarySite',
  egfr: 'markerResult', alk: 'markerResult', ros1: 'markerResult', ras: 'markerResult', braf: 'markerResult',
  msi: 'markerResult', mmr: 'markerResult', her2Ihc: 'markerResult', her2Ish: 'markerResult',
  result: 'markerResult', ish: 'markerResult',
  frequency: 'frequency', doseUnit: 'doseUnit', outcome: 'priorOutcome',
}));

/**
 * Codes are plain words (exon19del, IHC3+, MSI-H, mg/m2): no `.` or `:` for i18next to read as a path,
 * and no name of Object.prototype (`constructor`), which its lookup would find in any dictionary.
 */
const isCode = (value: string): boolean => /^[\w+\-/]{1,40}$/.test(value) && !(value in Object.prototype);

/**
 * Coded values with a human reading (catalogue 甲/乙, sex, setting, histology, biomarker results,
 * frequencies, dose units): the field's own label (`fieldValues`), else the pathway wording of the
 * same code (`vocab`), else the code itself. Other keys' values pass through.
 */
export function fieldValueLabel(t: TFunction, key: string, value: string): string {
  const group = VALUE_GROUPS.get(key);
  if (!group || !isCode(value)) return value;
  const label: unknown = t([`fieldValues.${group}.${value}`, `vocab.${group}.${value}`], { defaultValue: value });
  return typeof label === 'string' ? label : value;
}
