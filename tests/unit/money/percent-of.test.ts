import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOf } from '../../../shared/money';

const fen = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const percent = fc.integer({ min: 0, max: 100 });

describe('percentOf', () => {
  it('rounds half up at exactly half a fen, and down below it', () => {
    expect(percentOf(1, 50)).toBe(1); // 0.5 → 1
    expect(percentOf(3, 50)).toBe(2); // 1.5 → 2
    expect(percentOf(5, 10)).toBe(1); // 0.5 → 1
    expect(percentOf(49, 1)).toBe(0); // 0.49 → 0
    expect(percentOf(149, 1)).toBe(1); // 1.49 → 1
    expect(percentOf(3583600, 70)).toBe(2508520);
    expect(percentOf(1200000, 60)).toBe(720000);
  });

  it('stays exact where base x percent passes 2^53', () => {
    expect(percentOf(Number.MAX_SAFE_INTEGER, 100)).toBe(Number.MAX_SAFE_INTEGER);
    // 9007199254740991 x 70 / 100 = 6305039478318693.7 → ...694
    expect(percentOf(Number.MAX_SAFE_INTEGER, 70)).toBe(6305039478318694);
  });

  it('refuses negative, fractional or unsafe inputs', () => {
    expect(() => percentOf(-1, 50)).toThrow(RangeError);
    expect(() => percentOf(1.5, 50)).toThrow(RangeError);
    expect(() => percentOf(2 ** 53, 50)).toThrow(RangeError);
    expect(() => percentOf(100, 12.5)).toThrow(RangeError);
    expect(() => percentOf(Number.MAX_SAFE_INTEGER, 101)).toThrow(RangeError);
  });

  it('is within half a fen of the exact rational, rounding the half up', () => {
    fc.assert(fc.property(fen, percent, (base, p) => {
      // 100 x pay - base x percent is the error in hundredths of a fen: in (-50, 50].
      const error = 100n * BigInt(percentOf(base, p)) - BigInt(base) * BigInt(p);
      return error > -50n && error <= 50n;
    }));
  });

  it('is monotone in the base and in the percent', () => {
    fc.assert(fc.property(fen, fen, percent, (a, b, p) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return percentOf(lo, p) <= percentOf(hi, p);
    }));
    fc.assert(fc.property(fen, percent, percent, (base, p, q) => {
      const [lo, hi] = p <= q ? [p, q] : [q, p];
      return percentOf(base, lo) <= percentOf(base, hi);
    }));
  });
});
