import { useTranslation } from 'react-i18next';
import { formatCount, formatDate, formatDateTime, formatFen } from './format';

export interface Formatters {
  fen: (fen: number) => string;
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  count: (n: number) => string;
}

/** Formatters bound to the current UI language (dates, times and counts follow it; amounts are always ¥). */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    fen: formatFen,
    date: (iso) => formatDate(iso, language),
    dateTime: (iso) => formatDateTime(iso, language),
    count: (n) => formatCount(n, language),
  };
}
