import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { storedLanguage } from './languages';
import { zhCN } from './zh-CN';

// Every visible string goes through t(); the resources are bundled, so initialisation is synchronous
// and the first paint is already in the remembered language.
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  showSupportNotice: false, // an offline back-office app: no advertisement in the console
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export default i18n;
