import { CloudServerOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** Honest sync state: there is no centre connection yet, so the data is this machine's cache only. */
export function SyncState() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('topBar.syncLocalOnlyHint')}>
      <Tag icon={<CloudServerOutlined />} variant="outlined" data-testid="sync-state">{t('topBar.syncLocalOnly')}</Tag>
    </Tooltip>
  );
}
