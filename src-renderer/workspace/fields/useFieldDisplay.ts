import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEdition } from '../../rules/useRuleData';
import { drugNames } from './drug-names';
import { displayValue } from './field-display';

/**
 * displayValue in the UI language, with drugs named by the newest pathway edition (fetched once per
 * session and shared by every caller; until it arrives, and if it cannot be had, drugs outside the
 * edition are still named and the edition's show as their English names).
 */
export function useFieldDisplay(): (key: string, value: unknown) => string {
  const { t, i18n } = useTranslation();
  const edition = useEdition(null);
  const drugs = useMemo(() => drugNames(edition.data?.drugs), [edition.data]);
  const language = i18n.language;
  return useCallback((key: string, value: unknown) => displayValue(t, language, key, value, drugs), [t, language, drugs]);
}
