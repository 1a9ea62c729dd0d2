import i18next, { type TFunction } from 'i18next';
import { en } from '../../../src-renderer/i18n/en';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';

// The renderer's real dictionaries behind a plain i18next instance (no React, no DOM), so the pure
// label and description helpers are tested against the strings the app shows.

export async function translator(language: 'zh-CN' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance.t;
}
