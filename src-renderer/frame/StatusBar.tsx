import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/useFormat';
import { useAppInfo } from './useAppInfo';

/** Where the data lives and what is loaded, for support calls and for the user's own peace of mind. */
export function StatusBar() {
  const { t } = useTranslation();
  const { data } = useAppInfo();
  const format = useFormat();
  if (!data) return <footer className="cd-statusbar" />;
  const edition = (id: string | null): string => id ?? t('statusBar.none');
  return (
    <Flex component="footer" className="cd-statusbar" gap={16} align="center" data-testid="status-bar">
      <span title={data.dataDir}>{t('statusBar.dataDir')}: {data.dataDir}</span>
      <span>{t('statusBar.schema')}: v{data.schemaVersion}</span>
      <span>{t('statusBar.documents')}: {data.editions.documents}</span>
      <span>{t('statusBar.pathway')}: {edition(data.editions.pathway)}</span>
      <span>{t('statusBar.payout')}: {edition(data.editions.payout)}</span>
      <span style={{ marginLeft: 'auto' }}>{t('statusBar.claims', { n: format.count(data.claimCount) })}</span>
      <span>{t('statusBar.version')} {data.appVersion}</span>
    </Flex>
  );
}
