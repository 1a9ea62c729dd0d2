import { assertFen } from './fen';

/** The exact sum of amounts in fen; a RangeError rather than a rounded total when it overflows. */
export function sumFen(amounts: Iterable<number>): number {
  let total = 0;
  for (const fen of amounts) {
    total += assertFen(fen);
    // Adding two safe integers is exact while the true sum stays safe; past 2^53 - 1 the float sum
    // is at least 2^53, so this check catches every inexact total.
    if (total > Number.MAX_SAFE_INTEGER) throw new RangeError('sumFen: the total is outside the exact range of a number');
  }
  return total;
}
