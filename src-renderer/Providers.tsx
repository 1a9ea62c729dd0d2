import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { queryClient } from './common/query-client';
import { useLanguage } from './i18n/useLanguage';

// Dense and calm: antd's compact algorithm, one quiet accent colour, system CJK fonts first.
const THEME = {
  algorithm: theme.compactAlgorithm,
  token: {
    colorPrimary: '#1f5fbf',
    borderRadius: 4,
    fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
  },
};

export function Providers({ children }: { children: ReactNode }) {
  const [language] = useLanguage();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={THEME}>
        <AntApp className="cd-app">{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
