import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyParseError, parseChineseCapital, toChineseCapital } from '../../../shared/money';

// Amounts as the People's Bank rules for bills and invoices write them.
const PRINTED: [number, string][] = [
  [0, '零元整'],
  [1, '壹分'],
  [50, '伍角'],
  [100, '壹元整'],
  [1000, '壹拾元整'],
  [1530000, '壹万伍仟叁佰元整'],
  [140950, '壹仟肆佰零玖元伍角'],
  [600714, '陆仟零柒元壹角肆分'],
  [168032, '壹仟陆佰捌拾元叁角贰分'],
  [1640902, '壹万陆仟肆佰零玖元零贰分'],
  [32504, '叁佰贰拾伍元零肆分'],
  [10700053, '壹拾万柒仟元伍角叁分'],
  [1234567, '壹万贰仟叁佰肆拾伍元陆角柒分'],
  [10000000000, '壹亿元整'],
  [10000000100, '壹亿零壹元整'],
  [101000000000, '壹拾亿壹仟万元整'],
  [100100000000, '壹拾亿零壹佰万元整'],
  [100010000000000, '壹万零壹亿元整'],
  [100000000000000, '壹万亿元整'],
];

describe('toChineseCapital', () => {
  it.each(PRINTED)('%i fen → %s', (fen, text) => {
    expect(toChineseCapital(fen)).toBe(text);
  });

  it('refuses what is not fen', () => {
    expect(() => toChineseCapital(-1)).toThrow(RangeError);
    expect(() => toChineseCapital(0.5)).toThrow(RangeError);
  });
});

describe('parseChineseCapital', () => {
  it.each(PRINTED)('%i fen ← %s', (fen, text) => {
    expect(parseChineseCapital(text)).toBe(fen);
  });

  it.each([
    ['壹万贰仟叁佰肆拾伍圆陆角柒分', 1234567],
    ['壹万伍仟叁佰元正', 1530000],
    ['壹万伍仟叁佰元', 1530000],
    ['壹万伍仟叁佰圆整', 1530000],
    ['人民币 壹佰元整', 10000],
    ['拾元整', 1000],
    ['拾万元整', 10000000],
    ['壹仟陆佰捌拾元零叁角贰分', 168032],
    ['壹拾万零柒仟元伍角叁分', 10700053],
    ['零元伍角', 50],
    ['伍角整', 50],
    ['壹元零角伍分', 105],
    ['伍分', 5],
    ['壹拾亿零壹仟万元整', 101000000000],
  ])('reads the variant %s', (text, fen) => {
    expect(parseChineseCapital(text)).toBe(fen);
  });

  it.each(['', '整', '元整', '壹壹元', '佰元', '壹拾佰元', '壹万万元', '壹亿亿元', '壹零元', '壹元伍', '壹元伍角伍', '1元', '壹元整伍角'])(
    'refuses %j',
    (text) => {
      expect(() => parseChineseCapital(text)).toThrow(MoneyParseError);
    },
  );

  it('round-trips every amount up to 10^12 fen', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (fen) => parseChineseCapital(toChineseCapital(fen)) === fen), { numRuns: 5000 });
  });

  it('round-trips amounts with long runs of zeros and the whole safe range', () => {
    const sparse = fc.array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 15 })
      .map((digits) => Number(digits.join('')));
    fc.assert(fc.property(fc.oneof(sparse, fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
      (fen) => parseChineseCapital(toChineseCapital(fen)) === fen));
  });
});
