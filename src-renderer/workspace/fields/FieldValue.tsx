import { useTranslation } from 'react-i18next';
import type { Field } from '../../../shared/domain/workspace';
import { displayValue } from './field-display';
import { ItemsTable } from './ItemsTable';

/** The value as read (or corrected): lists of items as a table, everything else as formatted text. */
export function FieldValue({ field }: { field: Field }) {
  const { t, i18n } = useTranslation();
  const { value } = field;
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) return <ItemsTable items={value} />;
  return <span className="cd-field-value" data-testid="field-value">{displayValue(t, i18n.language, field.key, value)}</span>;
}
