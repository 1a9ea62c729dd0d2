import { assertFen, fenFromBigInt } from './fen';

/** The exact sum of amounts in fen; a RangeError rather than a rounded total when it overflows. */
export function sumFen(amounts: Iterable<number>): number {
  let total = 0n;
  for (const fen of amounts) total += BigInt(assertFen(fen));
  return fenFromBigInt(total, 'sumFen');
}
