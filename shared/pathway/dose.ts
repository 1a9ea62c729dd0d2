import type { Patient, Treatment } from '../domain/case';
import type { DoseUnit } from '../domain/vocabulary';
import type { RecommendedDose } from './edition-schema';
import { fromDecimal, greaterThan, product, type Rational } from './exact';
import { REASON, criterionNotDocumented, type FactRef, type Outcome } from './types';

// Dose intensity (docs/pathway-rules.md §3): mg per administration (mg/kg × weight, mg/m2 × Mosteller BSA)
// × administrations per day, compared as `claimed × 10 > recommended × 11`.
//
// BSA is sqrt(height × weight / 3600), irrational in general; both sides are non-negative, so the
// comparison is done on squares, where every factor is a rational built from the case's decimals.
// A float estimate decides first when it is clear of the boundary by far more than float error
// (relative 1e-9 against ~1e-15); only near-ties take the exact BigInt path.

export interface Frequency {
  administrations: number;
  /** Days the administrations span; null for a single administration. */
  days: number | null;
}

interface Side {
  approx: number;
  squared: Rational;
}

const MARGIN = 1e-9;
const TEN_SQUARED: Rational = { num: 100n, den: 1n };
const ELEVEN_SQUARED: Rational = { num: 121n, den: 1n };
const BSA_DIVISOR: Rational = { num: 1n, den: 3600n };

/** mg per day (or per administration when `rate` is null) of `value` in `unit`. */
function side(value: number, unit: DoseUnit, rate: Frequency | null, weightKg: number, heightCm: number): Side {
  const v = fromDecimal(value);
  const factors: Rational[] = [v, v];
  let approx = value;
  if (unit === 'mg/kg') {
    const w = fromDecimal(weightKg);
    factors.push(w, w);
    approx *= weightKg;
  } else if (unit === 'mg/m2') {
    factors.push(fromDecimal(heightCm), fromDecimal(weightKg), BSA_DIVISOR);
    approx *= Math.sqrt((heightCm * weightKg) / 3600);
  }
  if (rate?.days) {
    const r: Rational = { num: BigInt(rate.administrations), den: BigInt(rate.days) };
    factors.push(r, r);
    approx *= rate.administrations / rate.days;
  }
  return { approx, squared: product(...factors) };
}

function aboveLimit(claimed: Side, recommended: Side): boolean {
  const c = claimed.approx * 10;
  const r = recommended.approx * 11;
  if (c > r * (1 + MARGIN)) return true;
  if (c < r * (1 - MARGIN)) return false;
  return greaterThan(product(claimed.squared, TEN_SQUARED), product(recommended.squared, ELEVEN_SQUARED));
}

const needsWeight = (unit: DoseUnit) => unit === 'mg/kg' || unit === 'mg/m2';

/** The recommended amount per administration in the recommendation's unit, for this weight. */
function recommendedValue(rec: RecommendedDose, cycle: number | null | undefined, weightKg: number): number {
  if (cycle === 1 && rec.loading !== undefined) return rec.loading;
  if (rec.weightBands) return rec.weightBands.find((b) => b.belowKg === undefined || weightKg < b.belowKg)!.value;
  return rec.value!;
}

const show = (n: number) => String(Number(n.toPrecision(6)));

export function checkDose(
  t: Treatment, index: number, patient: Patient | null | undefined, rec: RecommendedDose,
  frequencies: Readonly<Record<string, Frequency>>,
): Outcome {
  const at = `treatments[${index}]`;
  if (rec.unit === 'infusion') return { status: 'passed', codes: [], fact: [], detail: 'an infusion is not dose-checked' };
  const dose = t.dose ?? null;
  const frequency = t.frequency ?? null;
  const fact: FactRef[] = [{ path: `${at}.dose`, value: dose }, { path: `${at}.frequency`, value: frequency }];
  if (!dose || !frequency) {
    const codes = [...(dose ? [] : ['dose']), ...(frequency ? [] : ['frequency'])].map(criterionNotDocumented);
    return { status: 'undocumented', codes, fact, detail: 'dose or frequency not documented' };
  }
  if (dose.unit === 'infusion') return { status: 'passed', codes: [], fact, detail: 'an infusion is not dose-checked' };

  const weightKg = patient?.weightKg ?? null;
  const heightCm = patient?.heightCm ?? null;
  const weightNeeded = needsWeight(dose.unit) || needsWeight(rec.unit) || rec.weightBands !== undefined;
  const heightNeeded = dose.unit === 'mg/m2' || rec.unit === 'mg/m2';
  if (weightNeeded) fact.push({ path: 'patient.weightKg', value: weightKg });
  if (heightNeeded) fact.push({ path: 'patient.heightCm', value: heightCm });
  const missing = [...(weightNeeded && weightKg === null ? ['weightKg'] : []), ...(heightNeeded && heightCm === null ? ['heightCm'] : [])];
  if (missing.length) {
    return { status: 'undocumented', codes: missing.map(criterionNotDocumented), fact, detail: `${missing.join(', ')} not documented` };
  }

  if (t.cycle != null && rec.loading !== undefined) fact.push({ path: `${at}.cycle`, value: t.cycle });
  const recValue = recommendedValue(rec, t.cycle, weightKg ?? 0);
  const claimedRate = frequencies[frequency]!;
  const recRate = frequencies[rec.frequency]!;
  // A single administration has no daily rate: it is compared dose against dose.
  const perAdministration = claimedRate.days === null || recRate.days === null;
  const claimed = side(dose.value, dose.unit, perAdministration ? null : claimedRate, weightKg ?? 0, heightCm ?? 0);
  const recommended = side(recValue, rec.unit, perAdministration ? null : recRate, weightKg ?? 0, heightCm ?? 0);
  const per = perAdministration ? 'mg per administration' : 'mg/day';
  const stated = `${dose.value} ${dose.unit} ${frequency} vs ${recValue} ${rec.unit} ${rec.frequency}`;
  return aboveLimit(claimed, recommended)
    ? { status: 'failed', codes: [REASON.DOSE_ABOVE_RECOMMENDED], fact, detail: `claimed ${show(claimed.approx)} ${per} > 110% of ${show(recommended.approx)} ${per} (${stated})` }
    : { status: 'passed', codes: [], fact, detail: `claimed ${show(claimed.approx)} ${per} <= 110% of ${show(recommended.approx)} ${per} (${stated})` };
}
