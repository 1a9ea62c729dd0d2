// Claim and policy numbers. Both derive from a serial, so they are unique by construction: demo claims
// use serials below 100,000 and synthetic claims serials from 100,000 up.

export const SYNTHETIC_SERIAL_BASE = 100_000;

/** 赔案号: PA, the month received, a six-digit serial. */
export function claimNumber(receivedDate: string, serial: number): string {
  if (serial >= 1_000_000) throw new Error(`claim serial out of range: ${serial}`);
  return `PA${receivedDate.slice(0, 4)}${receivedDate.slice(5, 7)}${String(serial).padStart(6, '0')}`;
}

/** A serial spread over eight digits (a bijection mod 10^8, since 48271 is prime to 10), so numbers look unrelated. */
function scrambled(serial: number): string {
  return String((serial * 48_271 + 12_345) % 100_000_000).padStart(8, '0');
}

export function policyNumber(product: string, province: string, startDate: string, serial: number): string {
  const year = startDate.slice(0, 4);
  return product === 'HMB-SH-2023' ? `HMB${year}SH${scrambled(serial)}` : `MM${year}${province}${scrambled(serial)}`;
}

/** The same kind of policy number for another serial (synthetic claims get their template's kind). */
export function renumberPolicy(policyNumber: string, serial: number): string {
  return `${policyNumber.slice(0, -8)}${scrambled(serial)}`;
}
