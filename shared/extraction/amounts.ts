import { MoneyParseError, parseChineseCapital, parseYuan } from '../money';
import { toHalfWidth } from './width';

// Amounts as printed: ¥1,234.56, ￥1234.5, 1234.56元, full-width digits, and the 大写 form
// (壹仟贰佰叁拾肆元伍角陆分). Conversion to fen is the money module's (strings to bigint, never a float);
// this module finds the amount inside a printed cell and checks 大写 against 小写.

export interface FoundAmount {
  fen: number;
  /** The printed amount as it appears in the text. */
  text: string;
  index: number;
}

// A figure with optional currency sign, thousands separators, up to two decimals, an optional 元.
const FIGURE = /(?:(?:¥|RMB|CNY)\s*)?(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?(?![\d.]|,\d)\s*元?/g;
const CAPITAL_RUN = /(?:人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆圓角分整正]{2,}/g;

/** Every figure amount in the text, in order. Digits inside dates or codes are figures too: callers pick by label. */
export function findAmounts(text: string): FoundAmount[] {
  const half = toHalfWidth(text);
  const out: FoundAmount[] = [];
  for (const m of half.matchAll(FIGURE)) {
    const printed = m[0].trim();
    const token = printed.replace(/^(?:RMB|CNY)\s*/, '');
    try {
      out.push({ fen: parseYuan(token), text: text.substr(m.index + m[0].indexOf(printed), printed.length), index: m.index });
    } catch (e) {
      if (!(e instanceof MoneyParseError)) throw e;
    }
  }
  return out;
}

/** The amount of a cell that holds one figure (maybe with ¥ or 元), or null. */
export function parseAmount(text: string): number | null {
  const found = findAmounts(text);
  return found.length === 1 ? found[0]!.fen : null;
}

/** The 大写 amount printed in the text, or null when there is none or it does not read. */
export function findCapitalAmount(text: string): FoundAmount | null {
  for (const m of text.matchAll(CAPITAL_RUN)) {
    if (!/[元圆圓角分]/.test(m[0])) continue;
    try {
      return { fen: parseChineseCapital(m[0]), text: m[0], index: m.index };
    } catch (e) {
      if (!(e instanceof MoneyParseError)) throw e;
    }
  }
  return null;
}

export type CapitalCheck = 'agrees' | 'disagrees' | 'absent';

/** Whether the 大写 amount printed with a figure says the same sum. */
export function checkCapital(fen: number, capital: FoundAmount | null): CapitalCheck {
  if (!capital) return 'absent';
  return capital.fen === fen ? 'agrees' : 'disagrees';
}
