/**
 * Integer division of bigints, truncating toward zero. The one place a `/` may appear on a money
 * path: bigint division cannot produce a fraction, so no floating point can slip in through it
 * (tests/unit/money/no-float.test.ts holds every other file to that).
 */
export function intDiv(dividend: bigint, divisor: bigint): bigint {
  return dividend / divisor;
}
