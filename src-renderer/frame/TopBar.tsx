import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { GlobalSearch } from './GlobalSearch';
import { LanguageSwitch } from './LanguageSwitch';
import { SyncState } from './SyncState';
import { UserSwitcher } from './UserSwitcher';

export function TopBar() {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={16} className="cd-topbar">
      <span className="cd-brand">
        <strong>{t('app.name')}</strong> <span>{t('app.title')}</span>
      </span>
      <GlobalSearch />
      <Flex align="center" gap={12} style={{ marginLeft: 'auto' }}>
        <SyncState />
        <UserSwitcher />
        <LanguageSwitch />
      </Flex>
    </Flex>
  );
}
