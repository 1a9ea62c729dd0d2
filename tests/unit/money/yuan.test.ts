import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatYuan, MoneyParseError, parseYuan } from '../../../shared/money';

describe('parseYuan', () => {
  it.each([
    ['¥1,234.56', 123456],
    ['￥1234.5', 123450],
    ['1234.56元', 123456],
    ['１２３４．５６', 123456],
    ['￥１，２３４．５６', 123456],
    ['¥ 15,300.00', 1530000],
    ['  0.01 ', 1],
    ['100 元', 10000],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('%s → %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it.each([
    ['-1.00', 'negative'],
    ['¥-5', 'negative'],
    ['－１２', 'negative'],
    ['1.234', 'more than 2 decimals'],
    ['1,23.00', 'thousands separator'],
    ['12,3456', 'thousands separator'],
    ['', 'empty'],
    ['.5', 'not an amount'],
    ['1.', 'not an amount'],
    ['1e3', 'not an amount'],
    ['壹元', 'not an amount'],
    ['90071992547409.92', 'too large'],
  ])('refuses %j (%s)', (text, why) => {
    expect(() => parseYuan(text)).toThrow(MoneyParseError);
    expect(() => parseYuan(text)).toThrow(why);
  });
});

describe('formatYuan', () => {
  it('prints zh-CN amounts with ¥, thousands separators and two decimals', () => {
    expect(formatYuan(123456)).toBe('¥1,234.56');
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(1530000)).toBe('¥15,300.00');
    expect(formatYuan(Number.MAX_SAFE_INTEGER)).toBe('¥90,071,992,547,409.91');
    expect(formatYuan(-123456)).toBe('-¥1,234.56');
  });

  it('follows the locale for symbol and separators', () => {
    expect(formatYuan(123456, 'en-US')).toBe('CN¥1,234.56');
  });

  it('refuses what is not a whole number of fen', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
    expect(() => formatYuan(2 ** 53)).toThrow(RangeError);
  });

  it('round-trips through parseYuan for every amount', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (fen) => parseYuan(formatYuan(fen)) === fen));
  });
});
