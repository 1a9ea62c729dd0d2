import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  saving: boolean;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/** Names the current filters, sort and search as a view of one's own. */
export function SaveViewModal({ open, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  return (
    <Modal
      open={open}
      title={t('worklist.saveViewTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      onOk={() => form.submit()}
      onCancel={onCancel}
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => onSave(v.name.trim())}>
        <Form.Item name="name" label={t('worklist.viewName')} rules={[{ required: true, whitespace: true, max: 60, message: t('worklist.viewNameRequired') }]}>
          <Input autoFocus maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
