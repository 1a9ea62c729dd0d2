import type { TFunction } from 'i18next';
import { formatDate, formatFen } from '../../common/format';
import { fieldValueLabel } from '../../common/labels';
import { fieldKind } from './field-kind';

/** A scalar field value (or an item cell) as text: ¥ for fen, dates in the UI language, coded values named. */
export function displayValue(t: TFunction, language: string, key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('fields.empty');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  const kind = fieldKind(key, value);
  if (kind === 'amount' && typeof value === 'number' && Number.isSafeInteger(value)) return formatFen(value);
  if (kind === 'date' && typeof value === 'string') return formatDate(value, language);
  if (Array.isArray(value)) return value.map((v) => displayValue(t, language, key, v)).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return fieldValueLabel(t, key, String(value));
}
