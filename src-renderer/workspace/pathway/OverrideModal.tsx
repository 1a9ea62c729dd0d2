import { App, Alert, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PathwayOverride } from '../../../shared/domain/review';
import { VERDICTS, type Verdict } from '../../../shared/domain/vocabulary';
import type { PathwayLine } from '../../../shared/pathway/types';
import { describeError } from '../../common/describe-error';
import { usePathwayOverride } from './usePathwayReview';
import { VerdictTag } from './VerdictTag';

interface Props {
  claimId: string;
  line: PathwayLine;
  drugName: string;
  current: PathwayOverride | null;
  onClose: () => void;
}

interface Values { verdict: Verdict; justification: string }

/** The contract's rule, checked here first so the reviewer is told before anything is sent. */
const MIN_JUSTIFICATION = 5;

/** 人工认定: the medical reviewer's verdict for one drug line, with a justification; or its withdrawal. */
export function OverrideModal({ claimId, line, drugName, current, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const override = usePathwayOverride(claimId);

  const send = (verdict: Verdict | null, justification: string): void => {
    override.mutate({ treatmentId: line.id, verdict, justification: justification.trim() }, {
      onSuccess: () => {
        void message.success(t(verdict === null ? 'pathway.withdrawn' : 'pathway.saved'));
        onClose();
      },
    });
  };
  const save = (): void => {
    void form.validateFields().then((v) => send(v.verdict, v.justification), () => undefined);
  };
  const withdraw = (): void => {
    void form.validateFields(['justification']).then((v: Pick<Values, 'justification'>) => send(null, v.justification), () => undefined);
  };

  const footer = (
    <Flex justify="space-between">
      <span>
        {current && (
          <Button danger onClick={withdraw} loading={override.isPending && override.variables?.verdict === null} data-testid="override-withdraw">
            {t('pathway.withdraw')}
          </Button>
        )}
      </span>
      <Flex gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" onClick={save} loading={override.isPending && override.variables?.verdict !== null} data-testid="override-save">
          {t('pathway.saveOverride')}
        </Button>
      </Flex>
    </Flex>
  );

  return (
    <Modal open title={t('pathway.overrideTitle', { drug: drugName })} onCancel={onClose} footer={footer} destroyOnHidden width={520}>
      <Flex gap={8} align="center" className="cd-override-context">
        <span className="cd-muted">{t('pathway.engineVerdict')}</span>
        <VerdictTag verdict={line.verdict} />
        {line.recommendationId && <span className="cd-mono">{line.recommendationId}</span>}
      </Flex>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ verdict: current?.verdict, justification: '' }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
        }}
      >
        <Form.Item name="verdict" label={t('pathway.overrideVerdict')} rules={[{ required: true, message: t('pathway.verdictRequired') }]}>
          <Select
            autoFocus
            options={VERDICTS.map((v) => ({ value: v, label: <VerdictTag verdict={v} /> }))}
          />
        </Form.Item>
        <Form.Item
          name="justification"
          label={t('pathway.overrideJustification')}
          extra={current ? t('pathway.withdrawConfirm') : undefined}
          rules={[{
            validator: (_, value: unknown) => (typeof value === 'string' && value.trim().length >= MIN_JUSTIFICATION
              ? Promise.resolve()
              : Promise.reject(new Error(t('pathway.justificationRequired')))),
          }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('pathway.justificationPlaceholder')} data-testid="override-justification" />
        </Form.Item>
      </Form>
      {override.isError && (
        <Alert type="error" showIcon title={describeError(t, override.error).title} description={describeError(t, override.error).detail} />
      )}
    </Modal>
  );
}
