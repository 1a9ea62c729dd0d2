import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCapital, findAmounts, findCapitalAmount, parseAmount } from '../../../shared/extraction/amounts';
import { toFullWidth } from '../../../shared/extraction/width';
import { formatYuan, toChineseCapital } from '../../../shared/money';

const decimal = (fen: number, grouped: boolean) => {
  const s = String(fen).padStart(3, '0');
  const yuan = s.slice(0, -2);
  return `${grouped ? yuan.replace(/\B(?=(\d{3})+$)/g, ',') : yuan}.${s.slice(-2)}`;
};

describe('amounts', () => {
  it.each([
    ['¥1,234.56', 123456],
    ['￥1234.5', 123450],
    ['1234.56元', 123456],
    ['１２３４．５６', 123456],
    ['￥１５，３００．００', 1530000],
    ['RMB 12.30', 1230],
    ['0.00', 0],
  ])('%s → %i fen', (printed, fen) => {
    expect(parseAmount(printed)).toBe(fen);
  });

  it('finds the figure inside a labelled cell, and nothing in a malformed one', () => {
    expect(findAmounts('合计（小写）￥15,300.00').map((a) => [a.fen, a.text])).toEqual([[1530000, '￥15,300.00']]);
    expect(findAmounts('12.345')).toEqual([]);
    expect(findAmounts('1,23.00')).toEqual([]);
  });

  it('reads 大写 amounts and checks them against the figure', () => {
    const capital = findCapitalAmount('合计（大写）壹万伍仟叁佰元整 （小写）¥15,300.00');
    expect(capital?.fen).toBe(1530000);
    expect(checkCapital(1530000, capital)).toBe('agrees');
    expect(checkCapital(1530100, capital)).toBe('disagrees');
    expect(checkCapital(1530000, findCapitalAmount('合计 ¥15,300.00'))).toBe('absent');
  });

  it('an amount printed in 大写 by the money module reads back to its fen', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999_99 }), (fen) => {
      expect(findCapitalAmount(`合计（大写）${toChineseCapital(fen)}`)?.fen).toBe(fen);
    }));
  });

  it('an amount printed as a figure, in any style and width, reads back to its fen', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999_99 }), fc.boolean(), fc.constantFrom('', '¥', '￥'), fc.constantFrom('', '元'), fc.boolean(),
      (fen, grouped, sign, unit, wide) => {
        const printed = `${sign}${decimal(fen, grouped)}${unit}`;
        expect(parseAmount(wide ? toFullWidth(printed) : printed)).toBe(fen);
        expect(parseAmount(formatYuan(fen))).toBe(fen);
      }));
  });
});
