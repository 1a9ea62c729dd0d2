import { Input, type GetRef, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldKind } from './field-kind';

interface Props {
  kind: FieldKind;
  value?: string;
  onChange?: (value: string) => void;
}

// Focused when the editor opens, with the caret after the text: a correction started by typing goes
// on from the typed character. A module-level ref callback runs on mount only, never on re-render.
const focusAtEnd = (el: InputRef | GetRef<typeof Input.TextArea> | null): void => el?.focus({ cursor: 'end' });

/** The editor's value box, shaped by the field's kind (a Form.Item child: value/onChange injected). */
export function ValueInput({ kind, value = '', onChange }: Props) {
  const { t } = useTranslation();
  const change = (text: string): void => onChange?.(text);
  switch (kind) {
    case 'amount':
      return <Input ref={focusAtEnd} prefix="¥" suffix={t('fields.yuan')} inputMode="decimal" value={value} onChange={(e) => change(e.target.value)} placeholder={t('fields.amountHint')} data-testid="field-input" />;
    case 'date':
      return <Input ref={focusAtEnd} value={value} onChange={(e) => change(e.target.value)} placeholder={t('fields.dateHint')} data-testid="field-input" />;
    case 'number':
      return <Input ref={focusAtEnd} inputMode="decimal" value={value} onChange={(e) => change(e.target.value)} data-testid="field-input" />;
    case 'list':
      return <Input.TextArea ref={focusAtEnd} rows={8} className="cd-mono" value={value} onChange={(e) => change(e.target.value)} data-testid="field-input" />;
    case 'terms':
      return <Input ref={focusAtEnd} value={value} onChange={(e) => change(e.target.value)} placeholder={t('fields.termsHint')} data-testid="field-input" />;
    case 'text':
      return <Input.TextArea ref={focusAtEnd} autoSize={{ minRows: 1, maxRows: 4 }} value={value} onChange={(e) => change(e.target.value)} data-testid="field-input" />;
  }
}
