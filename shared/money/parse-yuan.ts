import { fenFromBigInt } from './fen';
import { MoneyParseError } from './money-parse-error';

// After NFKC (full-width digits, ．，￥ and the ideographic space become ASCII): an optional ¥,
// digits with optional thousands separators, optional decimals, an optional 元.
const AMOUNT = /^(?:¥\s*)?([\d,]+)(?:\.(\d+))?\s*元?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const MINUS = /[-\u2212]/;

/**
 * Fen from a printed amount: `¥1,234.56`, `￥1234.5`, `1234.56元`, `１２３４．５６`. Digits are read as
 * strings into a bigint, never through a float. Negative amounts and more than 2 decimals are
 * refused with a MoneyParseError.
 */
export function parseYuan(text: string): number {
  const s = text.normalize('NFKC').trim();
  if (s === '') throw new MoneyParseError(text, 'empty amount');
  if (MINUS.test(s)) throw new MoneyParseError(text, 'negative amounts are not accepted');
  const m = AMOUNT.exec(s);
  if (!m) throw new MoneyParseError(text, 'not an amount in yuan');
  const [, whole = '', decimals = ''] = m;
  if (whole.includes(',') && !GROUPED.test(whole)) throw new MoneyParseError(text, 'misplaced thousands separator');
  if (decimals.length > 2) throw new MoneyParseError(text, 'more than 2 decimals');
  const fen = BigInt(whole.replaceAll(',', '')) * 100n + BigInt(decimals.padEnd(2, '0'));
  try {
    return fenFromBigInt(fen);
  } catch {
    throw new MoneyParseError(text, 'amount too large');
  }
}
