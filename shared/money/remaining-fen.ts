import { assertFen } from './fen';
import { sumFen } from './sum-fen';

/** What is left of `capFen` after the amounts used, never below 0 (a deductible, a limit, an eligible amount). */
export function remainingFen(capFen: number, usedFen: Iterable<number>): number {
  const left = assertFen(capFen, 'capFen') - sumFen(usedFen);
  return left > 0 ? left : 0;
}
