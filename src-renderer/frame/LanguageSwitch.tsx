import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/languages';
import { useLanguage } from '../i18n/useLanguage';

/** 中文 / EN: every label, date and antd's own texts switch at once; the choice is remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <Segmented
      size="small"
      aria-label={t('topBar.language')}
      value={language}
      options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'EN' }]}
      onChange={(value) => isLanguage(value) && setLanguage(value)}
      data-testid="language-switch"
    />
  );
}
