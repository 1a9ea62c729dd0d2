import { LockOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The password of a protected file, to read its fields again; Enter submits. */
export function ImportPassword({ onSubmit }: { onSubmit: (password: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const submit = (): void => {
    if (password) onSubmit(password);
  };
  return (
    <Space.Compact className="cd-import-password">
      <Input.Password
        size="small"
        autoFocus
        autoComplete="off"
        prefix={<LockOutlined />}
        placeholder={t('importing.passwordPlaceholder')}
        aria-label={t('viewer.passwordLabel')}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        onPressEnter={submit}
        data-testid="import-password-input"
      />
      <Button size="small" type="primary" disabled={!password} onClick={submit} data-testid="import-password-submit">
        {t('importing.readWithPassword')}
      </Button>
    </Space.Compact>
  );
}
