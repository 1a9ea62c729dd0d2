import type { TFunction } from 'i18next';

// Labels for the shared vocabularies. A code the dictionaries do not know yet (a new product, a new
// field key) is shown as the code itself rather than hidden.

export const productLabel = (t: TFunction, code: string): string => t(`products.${code}`, { defaultValue: code });

export const fieldKeyLabel = (t: TFunction, key: string): string => t(`fieldKeys.${key}`, { defaultValue: key });

export const documentTypeLabel = (t: TFunction, type: string): string => t(`documentTypes.${type}`, { defaultValue: type });

const CODED_KEYS = new Set(['catalogue', 'sex', 'setting']);

/** Coded values with a human reading (catalogue 甲/乙, sex, disease setting); others pass through. */
export function fieldValueLabel(t: TFunction, key: string, value: string): string {
  return CODED_KEYS.has(key) ? t(`fieldValues.${key}.${value}`, { defaultValue: value }) : value;
}
