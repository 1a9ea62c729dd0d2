import { Input, type GetRef, type InputRef } from 'antd';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldKind } from './field-kind';

interface Props {
  kind: FieldKind;
  value?: string;
  onChange?: (value: string) => void;
}

/**
 * Focuses the box once, when the editor opens, with the caret after the text: a correction started by
 * typing goes on from the typed character. Once only, because antd hands its ref a new handle on every
 * render, and focusing again would pull the caret back from the reason field.
 */
function useFocusOnce(): (el: InputRef | GetRef<typeof Input.TextArea> | null) => void {
  const done = useRef(false);
  return useCallback((el) => {
    if (!el || done.current) return;
    done.current = true;
    el.focus({ cursor: 'end' });
  }, []);
}

/** The editor's value box, shaped by the field's kind (a Form.Item child: value/onChange injected). */
export function ValueInput({ kind, value = '', onChange }: Props) {
  const { t } = useTranslation();
  const focusAtEnd = useFocusOnce();
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
