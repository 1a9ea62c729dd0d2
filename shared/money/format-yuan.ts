import { intDiv } from './int-div';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string): Intl.NumberFormat {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formatters.set(locale, f);
  }
  return f;
}

/**
 * `¥1,234.56` for 123456 fen (zh-CN; other locales place the symbol and separators their way).
 * Intl receives an exact decimal string built from integer parts, never a float divided by 100.
 */
export function formatYuan(fen: number, locale = 'zh-CN'): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatYuan: expected a whole number of fen, got ${String(fen)}`);
  const abs = BigInt(fen < 0 ? -fen : fen);
  const decimal = `${fen < 0 ? '-' : ''}${intDiv(abs, 100n)}.${String(abs % 100n).padStart(2, '0')}`;
  return formatterFor(locale).format(decimal as `${number}`);
}
