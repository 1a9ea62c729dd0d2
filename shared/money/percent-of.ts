import { assertFen, fenFromBigInt } from './fen';
import { intDiv } from './int-div';

/**
 * `baseFen x percent / 100` rounded half up, computed in integers as `(base * percent + 50) div 100`
 * (docs/payout-rules.md §1). BigInt keeps the product exact however large the base.
 */
export function percentOf(baseFen: number, percent: number): number {
  assertFen(baseFen, 'baseFen');
  if (!Number.isSafeInteger(percent) || percent < 0) {
    throw new RangeError(`percent: expected a non-negative whole number, got ${String(percent)}`);
  }
  return fenFromBigInt(intDiv(BigInt(baseFen) * BigInt(percent) + 50n, 100n), 'percentOf');
}
