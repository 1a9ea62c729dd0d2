import type { Person } from '../people';

// Body-size dosing as the ward computes it: Mosteller body-surface area, doses rounded to what can be
// drawn up (whole mg) or dispensed (whole 500 mg tablets for capecitabine).

export function bodySurfaceArea(p: Pick<Person, 'weightKg' | 'heightCm'>): number {
  return Math.sqrt((p.heightCm * p.weightKg) / 3600);
}

/** The mg actually given for a dose in mg, mg/kg or mg/m2. */
export function doseInMg(value: number, unit: string, p: Pick<Person, 'weightKg' | 'heightCm'>): number {
  if (unit === 'mg/kg') return Math.round(value * p.weightKg);
  if (unit === 'mg/m2') return Math.round(value * bodySurfaceArea(p));
  return value;
}

/** Capecitabine 1000 mg/m2 twice a day, in whole 500 mg tablets. */
export function capecitabineMg(p: Pick<Person, 'weightKg' | 'heightCm'>): number {
  return Math.max(1000, Math.round((1000 * bodySurfaceArea(p)) / 500) * 500);
}
