import { CAPITAL_DIGITS, CAPITAL_UNITS } from './chinese-numerals';
import { fenFromBigInt } from './fen';
import { MoneyParseError } from './money-parse-error';

const DIGIT_VALUE = new Map<string, bigint>(CAPITAL_DIGITS.map((c, i) => [c, BigInt(i)]));
const UNIT_VALUE = new Map<string, bigint>(CAPITAL_UNITS.flatMap((c, i) => (c ? [[c, 10n ** BigInt(i)] as const] : [])));
const WAN = 10_000n;
const YI = 100_000_000n;
const D = '壹贰叁肆伍陆柒捌玖';
// What follows 元: 角 and 分 each optional (零 may stand for a zero 角), then 整/正.
const FRACTION = new RegExp(`^零?(?:([${D}零])角)?零?(?:([${D}])分)?[整正]?$`);

/** The yuan before 元, read group by group: digits times 拾佰仟 within a 万 group, then 万 and 亿. */
function parseYuanPart(text: string, whole: string): bigint {
  let yi = 0n; // everything already multiplied by 亿
  let wan = 0n; // the current 亿 tier's part already multiplied by 万
  let section = 0n; // below 万
  let digit: bigint | null = null;
  let lastUnit = WAN; // units inside a group must descend
  let seenYi = false;
  let seenWan = false;
  const fail = (reason: string): never => { throw new MoneyParseError(text, reason); };
  for (const ch of whole) {
    const d = DIGIT_VALUE.get(ch);
    const unit = UNIT_VALUE.get(ch);
    if (ch === '零') {
      if (digit !== null) fail('零 after a digit without its unit');
    } else if (d !== undefined) {
      if (digit !== null) fail('two digits without a unit between them');
      digit = d;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) fail(`${ch} out of order`);
      // A leading 拾 stands for 壹拾 (拾元 = 10 yuan).
      const times = digit ?? (unit === 10n && section === 0n && wan === 0n && yi === 0n ? 1n : fail(`${ch} without a digit`));
      section += times * unit;
      lastUnit = unit;
      digit = null;
    } else if (ch === '万') {
      const value = section + (digit ?? 0n);
      if (seenWan || value === 0n) fail('misplaced 万');
      wan = value * WAN;
      [section, digit, lastUnit, seenWan] = [0n, null, WAN, true];
    } else if (ch === '亿') {
      const value = wan + section + (digit ?? 0n);
      if (seenYi || value === 0n) fail('misplaced 亿');
      yi = value * YI;
      [wan, section, digit, lastUnit, seenWan, seenYi] = [0n, 0n, null, WAN, false, true];
    } else {
      fail(`unexpected ${ch}`);
    }
  }
  return yi + wan + section + (digit ?? 0n);
}

/**
 * Fen from a 大写 amount: 壹万贰仟叁佰肆拾伍元陆角柒分 → 1234567. Accepts 圆 for 元, 整 or 正 at
 * the end, 零 between places, missing 角 or 分, amounts below one yuan without 元 (伍角), and a
 * leading 人民币. Anything else is a MoneyParseError.
 */
export function parseChineseCapital(text: string): number {
  const s = text.replace(/\s+/g, '').replace(/^人民币/, '').replace(/[圆圓]/g, '元');
  const at = s.indexOf('元');
  const whole = at < 0 ? '' : s.slice(0, at);
  const tail = at < 0 ? s : s.slice(at + 1);
  if (at === 0) throw new MoneyParseError(text, '元 without an amount');
  if (at < 0 && !/[角分]/.test(tail)) throw new MoneyParseError(text, 'not an amount in 大写');
  const fraction = FRACTION.exec(tail);
  if (!fraction) throw new MoneyParseError(text, 'unreadable 角/分');
  const jiao = DIGIT_VALUE.get(fraction[1] ?? '零') ?? 0n;
  const cent = DIGIT_VALUE.get(fraction[2] ?? '零') ?? 0n;
  try {
    return fenFromBigInt(parseYuanPart(text, whole) * 100n + jiao * 10n + cent);
  } catch (e) {
    if (e instanceof RangeError) throw new MoneyParseError(text, 'amount too large');
    throw e;
  }
}
