import type { DoseUnit, Frequency } from '../../../shared/domain/vocabulary';
import { addDays } from '../calendar';
import type { DrugName } from '../drugs';
import type { PlannedTreatment, ScenarioContext } from './plan';

// Dates of a treatment line, worked backwards from the claimed service: the cycle given now, when the
// line began, the prior lines before it and when the disease became advanced. Reports date from the
// diagnosis (or, for re-biopsies, from the last progression).

export interface LineDates {
  admissionDate: string;
  treatmentDate: string;
  therapyStart: string;
  advancedSince: string;
  pathologyDate: string;
  geneticDate: string;
  /** Prior lines, oldest first. */
  prior: { startDate: string; endDate: string }[];
}

export interface TimelineOptions {
  encounter: 'inpatient' | 'outpatient';
  /** Nights in hospital (inpatient). */
  stayDays?: number;
  /** Day of the stay the claimed drugs are given, counted from admission (default 1). */
  treatmentDay?: number;
  /** Cycle being given and the cycle length, for infusion regimens. */
  cycle?: number;
  intervalDays?: number;
  /** Oral drugs: months on the drug before this refill. */
  monthsOnDrug?: number;
  /** Durations in days of the prior lines, oldest first. */
  priorDurations?: readonly number[];
}

export function lineDates(ctx: ScenarioContext, opts: TimelineOptions): LineDates {
  const { rng, serviceDate } = ctx;
  const inpatient = opts.encounter === 'inpatient';
  const admissionDate = inpatient ? addDays(serviceDate, -(opts.stayDays ?? 3)) : serviceDate;
  const treatmentDate = inpatient ? addDays(admissionDate, opts.treatmentDay ?? 1) : serviceDate;
  const therapyStart = opts.monthsOnDrug !== undefined
    ? addDays(treatmentDate, -(opts.monthsOnDrug * 30 + rng.int(0, 9)))
    : addDays(treatmentDate, -((opts.cycle ?? 1) - 1) * (opts.intervalDays ?? 21));
  const prior: { startDate: string; endDate: string }[] = [];
  let cursor = therapyStart;
  for (const duration of [...(opts.priorDurations ?? [])].reverse()) {
    const endDate = addDays(cursor, -rng.int(10, 28));
    const startDate = addDays(endDate, -duration);
    prior.unshift({ startDate, endDate });
    cursor = startDate;
  }
  const advancedSince = addDays(cursor, -rng.int(12, 40));
  const pathologyDate = addDays(advancedSince, -rng.int(0, 6));
  const geneticDate = addDays(pathologyDate, rng.int(6, 11));
  return { admissionDate, treatmentDate, therapyStart, advancedSince, pathologyDate, geneticDate, prior };
}

export type RegimenItem = readonly [drug: DrugName, dose: number, unit: DoseUnit, frequency: Frequency, loadingDose?: number];

/** Infusion treatments T1..Tn of one cycle; cycle 1 gets each drug's loading dose where it has one. */
export function cycleTreatments(items: readonly RegimenItem[], cycle: number, date: string): PlannedTreatment[] {
  return items.map(([drug, dose, unit, frequency, loading], i) => ({
    id: `T${i + 1}`,
    drug,
    dose: { value: cycle === 1 && loading !== undefined ? loading : dose, unit },
    frequency,
    cycle,
    startDate: date,
  }));
}

/** An oral drug taken since `startDate`, with the supply dispensed now. */
export function oralTreatment(id: string, drug: DrugName, mg: number, frequency: Frequency, startDate: string, daysSupplied: number): PlannedTreatment {
  return { id, drug, dose: { value: mg, unit: 'mg' }, frequency, startDate, daysSupplied };
}
