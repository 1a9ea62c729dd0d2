import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** pdf.js asked for a password (again, if `wrong`); the document opens once the right one is given. */
export function PasswordPrompt({ wrong, onSubmit }: { wrong: boolean; onSubmit: (password: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="cd-viewer-message" data-testid="pdf-password">
      <Form layout="vertical" style={{ width: 320 }} onFinish={(v: { password: string }) => onSubmit(v.password)}>
        <Typography.Title level={5}><LockOutlined /> {t('viewer.passwordTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('viewer.passwordHint')}</Typography.Paragraph>
        {wrong && <Alert type="error" showIcon title={t('viewer.passwordWrong')} style={{ marginBottom: 12 }} data-testid="pdf-password-wrong" />}
        <Form.Item name="password" label={t('viewer.passwordLabel')} rules={[{ required: true, message: t('viewer.passwordLabel') }]}>
          <Input.Password autoFocus autoComplete="off" data-testid="pdf-password-input" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="pdf-password-submit">{t('viewer.passwordOpen')}</Button>
      </Form>
    </div>
  );
}
