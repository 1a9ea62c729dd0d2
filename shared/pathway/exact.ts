// Exact rational arithmetic for the dose boundary (docs/pathway-rules.md §3: "no rounding anywhere").
// A case's numbers are decimals as written (59.9 means 599/10, not the nearest double), so each
// number is read back from its shortest decimal form into a BigInt fraction.

export interface Rational {
  num: bigint;
  den: bigint;
}

const ONE: Rational = { num: 1n, den: 1n };

/** The decimal a JSON number was written as, as an exact fraction (`59.9` → 599/10). */
export function fromDecimal(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const [mantissa = '0', exponentText] = String(value).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const exponent = Number(exponentText ?? 0) - fraction.length;
  const digits = BigInt(whole + fraction);
  return exponent >= 0
    ? { num: digits * 10n ** BigInt(exponent), den: 1n }
    : { num: digits, den: 10n ** BigInt(-exponent) };
}

export function product(...factors: Rational[]): Rational {
  let num = ONE.num;
  let den = ONE.den;
  for (const f of factors) {
    num *= f.num;
    den *= f.den;
  }
  return { num, den };
}

/** a > b for fractions with positive denominators. */
export function greaterThan(a: Rational, b: Rational): boolean {
  return a.num * b.den > b.num * a.den;
}
