import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';

/** An error as a person reads it: what went wrong, the detail, and a way to try again. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { title, detail } = describeError(t, error);
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={detail}
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('common.retry')}</Button> : undefined}
      style={{ margin: 12 }}
    />
  );
}
