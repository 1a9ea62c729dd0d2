// Fen are the unit of every amount: non-negative safe integers, so each value and each sum is exact.

/** `value` itself when it is a non-negative safe integer; otherwise a RangeError naming `what`. */
export function assertFen(value: number, what = 'amount'): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what}: expected a non-negative whole number of fen, got ${String(value)}`);
  }
  return value;
}

/** A bigint result back to a number of fen, refusing what a number cannot hold exactly. */
export function fenFromBigInt(value: bigint, what = 'amount'): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${what}: ${value} fen is outside the exact range of a number`);
  }
  return Number(value);
}
