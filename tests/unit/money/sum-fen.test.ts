import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { remainingFen, sumFen } from '../../../shared/money';

const third = fc.integer({ min: 0, max: Math.trunc(Number.MAX_SAFE_INTEGER / 3) });

describe('sumFen', () => {
  it('adds exactly, 0 for nothing', () => {
    expect(sumFen([])).toBe(0);
    expect(sumFen([1, 2, 3])).toBe(6);
    expect(sumFen([Number.MAX_SAFE_INTEGER - 1, 1])).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('throws instead of rounding a sum past 2^53', () => {
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('refuses amounts that are not fen', () => {
    expect(() => sumFen([1, -1])).toThrow(RangeError);
    expect(() => sumFen([0.1, 0.2])).toThrow(RangeError);
  });

  it('equals the exact bigint sum, and throws exactly when that passes 2^53 - 1', () => {
    const amount = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(fc.property(fc.array(amount, { maxLength: 4 }), (amounts) => {
      const exact = amounts.reduce((s, x) => s + BigInt(x), 0n);
      if (exact > BigInt(Number.MAX_SAFE_INTEGER)) expect(() => sumFen(amounts)).toThrow(RangeError);
      else expect(BigInt(sumFen(amounts))).toBe(exact);
    }));
  });

  it('is associative and commutative', () => {
    fc.assert(fc.property(third, third, third, (a, b, c) =>
      sumFen([a, sumFen([b, c])]) === sumFen([sumFen([a, b]), c]) && sumFen([a, b, c]) === sumFen([c, a, b])));
  });
});

describe('remainingFen', () => {
  it('is the cap less what was used, never below 0', () => {
    expect(remainingFen(1600000, [1000000])).toBe(600000);
    expect(remainingFen(1600000, [1000000, 600000])).toBe(0);
    expect(remainingFen(100, [60, 70])).toBe(0);
    expect(remainingFen(100, [])).toBe(100);
  });
});
