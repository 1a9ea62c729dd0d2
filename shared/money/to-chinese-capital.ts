import { CAPITAL_DIGITS, CAPITAL_UNITS } from './chinese-numerals';
import { assertFen } from './fen';

// Groups of four digits from the highest: the fourth group counts 万 of 亿 (万亿 is written 壹万亿).
const GROUP_NAMES = ['', '万', '亿', '万'] as const;
const YI_GROUP = 2;

/**
 * The yuan digits in 大写 by the People's Bank rules for bills: one 零 for any run of zeros inside
 * the number, none for zeros that end a group before its 万/亿, 壹拾 for a leading ten.
 */
function yuanInCapitals(digits: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 4) groups.unshift(digits.slice(Math.max(0, end - 4), end).padStart(4, '0'));
  let out = '';
  let pendingZero = false;
  let aboveYi = false;
  groups.forEach((group, i) => {
    const index = groups.length - 1 - i;
    let written = false;
    for (let k = 0; k < 4; k++) {
      const d = Number(group[k]);
      if (d === 0) {
        pendingZero = out !== '';
        continue;
      }
      out += `${pendingZero ? '零' : ''}${CAPITAL_DIGITS[d]}${CAPITAL_UNITS[3 - k]}`;
      pendingZero = false;
      written = true;
    }
    if (index > YI_GROUP) aboveYi ||= written;
    if (written || (index === YI_GROUP && aboveYi)) {
      out += GROUP_NAMES[index];
      pendingZero = false;
    }
  });
  return out;
}

/**
 * An amount as printed in 大写 on Chinese invoices: 1530000 fen → 壹万伍仟叁佰元整, 1640902 →
 * 壹万陆仟肆佰零玖元零贰分, 50 → 伍角, 0 → 零元整. 整 closes amounts without 角 and 分; 零 stands
 * between 元 and 分 when 角 is zero.
 */
export function toChineseCapital(fen: number): string {
  const digits = String(assertFen(fen, 'toChineseCapital')).padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/^0+(?=.)/, '');
  const jiao = Number(digits.at(-2));
  const cent = Number(digits.at(-1));
  const whole = yuan === '0' ? '' : `${yuanInCapitals(yuan)}元`;
  if (jiao === 0 && cent === 0) return `${whole || '零元'}整`;
  const jiaoPart = jiao > 0 ? `${CAPITAL_DIGITS[jiao]}角` : whole && '零';
  return `${whole}${jiaoPart}${cent > 0 ? `${CAPITAL_DIGITS[cent]}分` : ''}`;
}
