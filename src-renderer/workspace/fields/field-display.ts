import type { TFunction } from 'i18next';
import { formatDate, formatFen } from '../../common/format';
import { fieldKeyLabel, fieldValueLabel } from '../../common/labels';
import { isEnglish } from '../../rules/rule-vocabulary';
import { drugName, drugNames, type DrugNames } from './drug-names';
import { fieldKind } from './field-kind';

// A value as the reviewer reads it, in the UI language. The value itself stays normalised (the editor
// edits the codes); only its text changes: ¥ for fen, dates by Intl, coded values named, drugs by
// their generic name in the language, a dose as `400 mg`, an item as its labelled values.

const DRUG_KEYS = new Set(['drug', 'drugs']);
const PERCENT_KEYS = new Set(['pdl1Tps', 'tps']);

interface Punctuation { list: string; pair: string; entry: string; item: string }
const ZH: Punctuation = { list: '、', pair: '：', entry: '，', item: '；' };
const EN: Punctuation = { list: ', ', pair: ': ', entry: ', ', item: '; ' };
const punctuation = (language: string): Punctuation => (isEnglish(language) ? EN : ZH);

type Dose = { value: number; unit: string };
type Item = Record<string, unknown>;

const isItem = (v: unknown): v is Item => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `{value, unit}` and nothing else: a dose (docs/pathway-rules.md §1), whatever key holds it. */
function isDose(v: Item): v is Dose {
  const keys = Object.keys(v);
  return keys.length === 2 && typeof v.value === 'number' && typeof v.unit === 'string';
}

/**
 * A field value (or an item cell) as text. `drugs` names drugs in the UI language (useFieldDisplay
 * passes the pathway edition's names); without it only the drugs outside the edition are named.
 */
export function displayValue(t: TFunction, language: string, key: string, value: unknown, drugs: DrugNames = drugNames()): string {
  if (value === null || value === undefined || value === '') return t('fields.empty');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  const kind = fieldKind(key, value);
  if (kind === 'amount' && typeof value === 'number' && Number.isSafeInteger(value)) return formatFen(value);
  if (kind === 'date' && typeof value === 'string') return formatDate(value, language);
  const p = punctuation(language);
  if (Array.isArray(value)) {
    return value.map((v) => displayValue(t, language, key, v, drugs)).join(value.some(isItem) ? p.item : p.list);
  }
  if (isItem(value)) {
    if (isDose(value)) return `${value.value} ${fieldValueLabel(t, 'doseUnit', value.unit)}`;
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${fieldKeyLabel(t, k)}${p.pair}${displayValue(t, language, k, v, drugs)}`)
      .join(p.entry);
  }
  if (typeof value === 'string' && DRUG_KEYS.has(key)) return drugName(drugs, value, language);
  if (typeof value === 'number' && PERCENT_KEYS.has(key)) return `${value}%`;
  return fieldValueLabel(t, key, String(value));
}
