import type { Field } from '../../../shared/domain/workspace';
import { ItemsTable } from './ItemsTable';
import { useFieldDisplay } from './useFieldDisplay';

/** The value as read (or corrected): lists of items as a table, everything else as formatted text. */
export function FieldValue({ field }: { field: Field }) {
  const show = useFieldDisplay();
  const { value } = field;
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) return <ItemsTable items={value} />;
  return <span className="cd-field-value" data-testid="field-value">{show(field.key, value)}</span>;
}
