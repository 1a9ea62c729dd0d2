// Resident identity numbers (GB 11643-1999): 6-digit region, birth date, 3-digit sequence whose last
// digit is odd for men and even for women, and an ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character of the first 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`expected 17 digits, got ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** An 18-character identity number; `serial` 0..499 picks the sequence among those of the right sex. */
export function idNumber(regionCode: string, birthDate: string, sex: 'M' | 'F', serial: number): string {
  const sequence = serial * 2 + (sex === 'M' ? 1 : 0);
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
