import { Alert, Descriptions, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../shared/domain/workspace';
import { describeError } from '../../common/describe-error';
import { fieldKeyLabel } from '../../common/labels';
import { fieldKind } from './field-kind';
import { inputText, parseInput, type InputProblem } from './field-input';
import { FieldValue } from './FieldValue';
import type { FieldCorrection } from './useFieldMutations';
import { ValueInput } from './ValueInput';

interface Props {
  field: Field;
  /** Opened by typing (the confirmation loop): the new value starts with it and the reason is prefilled. */
  typed?: string | null;
  saving: boolean;
  error: unknown;
  onSave: (correction: FieldCorrection) => void;
  onCancel: () => void;
}

interface Values { value: string; reason: string }

/**
 * Correct a field: a value typed for its kind and a required short reason, both kept in the audit log.
 * Enter saves (Ctrl+Enter in the JSON of an item list, where Enter is a new line; never mid-IME).
 */
export function FieldEditor({ field, typed = null, saving, error, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = fieldKind(field.key, field.value);
  const problemText = (p: InputProblem): string => (typeof p === 'string' ? t(`fields.${p}`) : t('fields.invalidJson', { message: p.json }));

  const submit = (v: Values): void => {
    const parsed = parseInput(kind, v.value);
    if (parsed.ok) onSave({ fieldId: field.id, value: parsed.value as FieldCorrection['value'], reason: v.reason.trim() });
  };

  return (
    <Modal
      open
      title={t('fields.editTitle', { label: fieldKeyLabel(t, field.key) })}
      okText={t('fields.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      width={kind === 'list' ? 720 : 480}
      destroyOnHidden
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('fields.currentValue')}><FieldValue field={field} /></Descriptions.Item>
        <Descriptions.Item label={t('fields.printed')}>{field.text || t('fields.empty')}</Descriptions.Item>
      </Descriptions>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={typed === null
          ? { value: inputText(kind, field.value), reason: '' }
          : { value: typed, reason: t('review.defaultReason') }}
        onFinish={submit}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
          if (kind === 'list' && !(e.ctrlKey || e.metaKey)) return;
          e.preventDefault();
          form.submit();
        }}
      >
        <Form.Item
          name="value"
          label={t('fields.value')}
          extra={kind === 'amount' ? t('fields.amountHint') : kind === 'list' ? t('fields.jsonHint') : undefined}
          rules={[{
            validator: async (_rule, text: string) => {
              const parsed = parseInput(kind, text ?? '');
              if (!parsed.ok) throw new Error(problemText(parsed.problem));
            },
          }]}
        >
          <ValueInput kind={kind} />
        </Form.Item>
        <Form.Item name="reason" label={t('fields.reason')} rules={[{ required: true, whitespace: true, max: 500, message: t('fields.reasonRequired') }]}>
          <Input maxLength={500} placeholder={t('fields.reasonPlaceholder')} data-testid="field-reason" />
        </Form.Item>
      </Form>
      {error !== null && error !== undefined && <Alert type="error" showIcon title={describeError(t, error).title} description={describeError(t, error).detail} />}
    </Modal>
  );
}
