import { formatYuan } from '../../shared/money';

// Display formats. Money stays integer fen until the last step: the decimal string handed to Intl is
// built from integers (shared/money/format-yuan), never from fen / 100.

/** `¥1,234.56`. Amounts are renminbi whatever the UI language, so they always read the Chinese way. */
export function formatFen(fen: number): string {
  return formatYuan(fen, 'zh-CN');
}

/** `1234.56` for 123456 fen: the plain yuan text an amount editor starts from. */
export function fenToYuanText(fen: number): string {
  const value = BigInt(fen);
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, kind: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const id = `${language}|${kind}`;
  let f = cache.get(id);
  if (!f) {
    f = kind === 'date'
      // Calendar dates carry no time zone: format them in UTC so 2025-03-01 never shows as the 28th.
      ? new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
      : new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    cache.set(id, f);
  }
  return f;
}

/** A calendar date (`YYYY-MM-DD`) in the user's language; anything else is shown as it is. */
export function formatDate(value: string, language: string): string {
  const m = DATE_ONLY.exec(value);
  if (!m) return value;
  return formatter(language, 'date').format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** An instant (ISO, UTC at rest) in the user's language and local time. */
export function formatDateTime(value: string, language: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatter(language, 'dateTime').format(date);
}

/** `0.87` → `87`: confidence as a whole percentage. */
export const percent = (ratio: number): number => Math.round(ratio * 100);

/** `100,000`: counts with the user's grouping. */
export const formatCount = (n: number, language: string): string => new Intl.NumberFormat(language).format(n);
