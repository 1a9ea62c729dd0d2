import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldKind } from './field-kind';

interface Props {
  kind: FieldKind;
  value?: string;
  onChange?: (value: string) => void;
}

/** The editor's value box, shaped by the field's kind (a Form.Item child: value/onChange injected). */
export function ValueInput({ kind, value = '', onChange }: Props) {
  const { t } = useTranslation();
  const change = (text: string): void => onChange?.(text);
  switch (kind) {
    case 'amount':
      return <Input autoFocus prefix="¥" suffix={t('fields.yuan')} inputMode="decimal" value={value} onChange={(e) => change(e.target.value)} placeholder={t('fields.amountHint')} data-testid="field-input" />;
    case 'date':
      return <Input autoFocus value={value} onChange={(e) => change(e.target.value)} placeholder={t('fields.dateHint')} data-testid="field-input" />;
    case 'number':
      return <Input autoFocus inputMode="decimal" value={value} onChange={(e) => change(e.target.value)} data-testid="field-input" />;
    case 'list':
      return <Input.TextArea autoFocus rows={8} className="cd-mono" value={value} onChange={(e) => change(e.target.value)} data-testid="field-input" />;
    case 'terms':
      return <Input autoFocus value={value} onChange={(e) => change(e.target.value)} placeholder={t('fields.termsHint')} data-testid="field-input" />;
    case 'text':
      return <Input.TextArea autoFocus autoSize={{ minRows: 1, maxRows: 4 }} value={value} onChange={(e) => change(e.target.value)} data-testid="field-input" />;
  }
}
