import { App, Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExpenseRow } from '../../../shared/domain/workspace';
import { describeError } from '../../common/describe-error';
import { useSetExpenseIncluded } from './usePayoutReview';

interface Props {
  claimId: string;
  expense: ExpenseRow;
  onClose: () => void;
}

/** 纳入 / 剔除: takes an expense line out of the payout or back in; the reason goes to the audit log. */
export function IncludeModal({ claimId, expense, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const setIncluded = useSetExpenseIncluded(claimId);
  const including = !expense.included;

  const submit = (): void => {
    void form.validateFields().then(({ reason }) => setIncluded.mutate(
      { expenseId: expense.id, included: including, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t(including ? 'payout.includedDone' : 'payout.excludedDone'));
          onClose();
        },
      },
    ), () => undefined);
  };

  return (
    <Modal
      open
      title={t(including ? 'payout.includeTitle' : 'payout.excludeTitle', { name: expense.name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      okButtonProps={{ danger: !including, loading: setIncluded.isPending }}
      destroyOnHidden
    >
      {!including && <p className="cd-muted">{t('payout.excludeHint')}</p>}
      <Form form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('payout.reason')}
          rules={[{ validator: (_, v: unknown) => (typeof v === 'string' && v.trim() ? Promise.resolve() : Promise.reject(new Error(t('payout.reasonRequired')))) }]}
        >
          <Input.TextArea
            autoFocus
            rows={2}
            maxLength={500}
            placeholder={t(including ? 'payout.includePlaceholder' : 'payout.excludePlaceholder')}
            data-testid="include-reason"
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
            }}
          />
        </Form.Item>
      </Form>
      {setIncluded.isError && (
        <Alert type="error" showIcon title={describeError(t, setIncluded.error).title} description={describeError(t, setIncluded.error).detail} />
      )}
    </Modal>
  );
}
