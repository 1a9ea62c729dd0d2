import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';

/** What a crashed panel shows instead of going blank. */
export function PanelCrash({ error, onReset }: { error: unknown; onReset: () => void }) {
  const { t } = useTranslation();
  const { title, detail } = describeError(t, error);
  return (
    <Alert
      type="error"
      showIcon
      title={t('errors.panelCrashed')}
      description={`${title}: ${detail}`}
      action={<Button size="small" onClick={onReset}>{t('common.retry')}</Button>}
      style={{ margin: 12 }}
    />
  );
}
