import type { PriorLine } from '../../../shared/domain/case';
import type { Frequency } from '../../../shared/domain/vocabulary';
import { addDays } from '../calendar';
import type { DrugName } from '../drugs';
import type { ClinicalPlan, PlannedTreatment, ScenarioContext } from './plan';
import { cycleTreatments, lineDates, oralTreatment, type RegimenItem } from './timeline';

// The two shapes a claimed treatment takes: an oral drug refilled at the clinic, or an infusion cycle
// given during a short admission. Scenarios supply the clinical content; these supply the dates.

export type PlanBase = Pick<ClinicalPlan, 'cancerType' | 'scenario' | 'diagnosis' | 'specimenZh' | 'pathology' | 'genetic'>;

export interface PriorSpec {
  drugs: string[];
  /** Days the line lasted (default: 6 to 20 months). */
  days?: number;
  outcome?: PriorLine['outcome'];
}

function priorLines(specs: readonly PriorSpec[], dates: { startDate: string; endDate: string }[]): PriorLine[] {
  return specs.map((spec, i) => ({ drugs: spec.drugs, ...dates[i]!, outcome: spec.outcome ?? 'progression' }));
}

/** Gene tests after a progression are re-biopsies (often plasma), dated at that progression. */
function rebiopsy(ctx: ScenarioContext, base: PlanBase, lastProgression: string | undefined): Pick<ClinicalPlan, 'genetic' | 'geneticDate'> | null {
  if (!lastProgression || !base.genetic) return null;
  return { genetic: { ...base.genetic, sample: '血浆' }, geneticDate: addDays(lastProgression, -ctx.rng.int(2, 8)) };
}

export interface OralDrug { drug: DrugName; mg: number; frequency: Frequency }

export function oralPlan(ctx: ScenarioContext, base: PlanBase, drugs: readonly OralDrug[], prior: readonly PriorSpec[] = []): ClinicalPlan {
  const { rng } = ctx;
  const dates = lineDates(ctx, {
    encounter: 'outpatient', monthsOnDrug: rng.int(1, 10), priorDurations: prior.map((p) => p.days ?? rng.int(180, 600)),
  });
  const days = rng.pick([28, 30, 30, 60]);
  const treatments: PlannedTreatment[] = drugs.map((d, i) => oralTreatment(`T${i + 1}`, d.drug, d.mg, d.frequency, dates.therapyStart, days));
  return {
    ...base,
    diagnosis: { ...base.diagnosis, ...(base.diagnosis.setting === 'advanced' ? { advancedSince: dates.advancedSince } : {}) },
    pathologyDate: dates.pathologyDate, geneticDate: dates.geneticDate,
    ...rebiopsy(ctx, base, dates.prior.at(-1)?.endDate),
    priorLines: priorLines(prior, dates.prior), priorAdjuvant: [],
    treatments, encounter: 'outpatient',
    admissionDate: dates.admissionDate, serviceDate: ctx.serviceDate, treatmentDate: dates.treatmentDate,
  };
}

export interface InfusionOptions {
  prior?: readonly PriorSpec[];
  intervalDays?: number;
  /** Highest cycle number the claim may be for (default 6). */
  maxCycle?: number;
  cycle?: number;
  stayDays?: number;
  treatmentDay?: number;
}

export function infusionPlan(ctx: ScenarioContext, base: PlanBase, items: readonly RegimenItem[], opts: InfusionOptions = {}): ClinicalPlan {
  const { rng } = ctx;
  const cycle = opts.cycle ?? rng.int(1, opts.maxCycle ?? 6);
  const prior = opts.prior ?? [];
  const dates = lineDates(ctx, {
    encounter: 'inpatient', stayDays: opts.stayDays ?? rng.int(2, 4), treatmentDay: opts.treatmentDay, cycle,
    intervalDays: opts.intervalDays ?? 21, priorDurations: prior.map((p) => p.days ?? rng.int(180, 600)),
  });
  return {
    ...base,
    diagnosis: { ...base.diagnosis, ...(base.diagnosis.setting === 'advanced' ? { advancedSince: dates.advancedSince } : {}) },
    pathologyDate: dates.pathologyDate, geneticDate: dates.geneticDate,
    ...rebiopsy(ctx, base, dates.prior.at(-1)?.endDate),
    priorLines: priorLines(prior, dates.prior), priorAdjuvant: [],
    treatments: cycleTreatments(items, cycle, dates.treatmentDate), encounter: 'inpatient',
    admissionDate: dates.admissionDate, serviceDate: ctx.serviceDate, treatmentDate: dates.treatmentDate,
  };
}
