import { useTranslation } from 'react-i18next';
import { isLanguage, rememberLanguage, type Language } from './languages';

/** The current language and a setter that switches every label (and antd's locale) and remembers it. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const setLanguage = (next: Language): void => {
    rememberLanguage(next);
    void i18n.changeLanguage(next);
  };
  return [language, setLanguage];
}
