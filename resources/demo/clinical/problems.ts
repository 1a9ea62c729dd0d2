import type { DrugName } from '../drugs';
import type { Person } from '../people';
import type { Random } from '../random';
import type { CancerType, ClinicalPlan, PlannedTreatment, Problem, Scenario, ScenarioContext } from './plan';
import { SCENARIOS } from './scenarios';

// The realistic problems some demo claims carry on purpose, and how each changes what happened:
// a dose above the label (as prescribed, so every document shows it), a biomarker report that never
// reached the insurer, a drug outside its indications. An invoice whose 合计 disagrees with its items
// is a billing matter and is made in billing.ts.

/** Cancer types on which each problem can occur (CAR-T claims have no biomarker or dose to get wrong). */
export const PROBLEM_TYPES: Record<Problem, readonly CancerType[]> = {
  missing_biomarker_report: ['NSCLC', 'BREAST', 'CRC', 'GASTRIC'],
  dose_above_label: ['NSCLC', 'BREAST', 'CRC', 'GASTRIC', 'HCC'],
  off_indication: ['NSCLC', 'BREAST', 'CRC', 'GASTRIC', 'HCC'],
  invoice_total_mismatch: ['NSCLC', 'BREAST', 'CRC', 'GASTRIC', 'HCC', 'LBCL', 'MM'],
};

const withDose = (t: PlannedTreatment, value: number): PlannedTreatment => ({ ...t, dose: { ...t.dose, value } });

/**
 * Overdoses seen in practice: doubled TKIs for brain metastases, a loading dose repeated in later
 * cycles, a four-weekly dose given every three weeks, the gastric T-DXd dose given for breast cancer.
 */
const OVERDOSE: Partial<Record<DrugName, (t: PlannedTreatment, patient: Person) => PlannedTreatment | null>> = {
  osimertinib: (t) => withDose(t, 160),
  furmonertinib: (t) => withDose(t, 160),
  icotinib: (t) => withDose(t, 250),
  gefitinib: (t) => withDose(t, 500),
  aumolertinib: (t) => withDose(t, 165),
  alectinib: (t) => withDose(t, 750),
  crizotinib: (t) => ({ ...t, frequency: 'tid' }),
  pyrotinib: (t) => withDose(t, 480),
  sorafenib: (t) => withDose(t, 600),
  lenvatinib: (t, patient) => (patient.weightKg < 60 ? withDose(t, 12) : null),
  pembrolizumab: (t) => withDose(t, 400),
  nivolumab: (t) => (t.frequency === 'q3w' ? withDose(t, 480) : null),
  trastuzumab: (t) => ((t.cycle ?? 1) >= 2 ? withDose(t, 8) : null),
  cetuximab: (t) => (t.frequency === 'q2w' ? { ...t, frequency: 'qw' } : (t.cycle ?? 1) >= 2 ? withDose(t, 400) : null),
  'trastuzumab deruxtecan': (t) => (t.dose.value === 5.4 ? withDose(t, 6.4) : null),
};

function overdose(plan: ClinicalPlan, patient: Person): ClinicalPlan | null {
  for (let i = 0; i < plan.treatments.length; i++) {
    const t = plan.treatments[i]!;
    const changed = OVERDOSE[t.drug]?.(t, patient);
    if (changed) return { ...plan, treatments: plan.treatments.map((x, j) => (j === i ? changed : x)) };
  }
  return null;
}

/**
 * Drops the report that documents the deciding biomarker: the gene panel for driver-selected lung and
 * RAS-selected colorectal therapy, the pathology report for HER2, PD-L1-CPS and squamous PD-L1 selection.
 */
function dropBiomarkerReport(plan: ClinicalPlan): ClinicalPlan | null {
  const byPathology = plan.cancerType === 'BREAST' || plan.cancerType === 'GASTRIC' || (plan.cancerType === 'NSCLC' && plan.diagnosis.histology === 'squamous');
  if (byPathology) return plan.pathology ? { ...plan, pathology: null } : null;
  return plan.genetic ? { ...plan, genetic: null } : null;
}

function eligible(s: Scenario, problem: Problem | null): boolean {
  if (problem === 'off_indication') return s.offIndication === true;
  if (s.offIndication) return false;
  return problem === null || problem === 'invoice_total_mismatch' || s.supports.includes(problem);
}

/** A plan for a claim of this cancer type that carries the given problem (if a clinical one). */
export function planClaim(type: CancerType, problem: Problem | null, ctx: ScenarioContext, rng: Random): ClinicalPlan {
  const candidates = SCENARIOS[type].filter((s) => eligible(s, problem));
  if (candidates.length === 0) throw new Error(`no ${type} scenario can carry ${problem}`);
  for (let attempt = 0; attempt < 30; attempt++) {
    const scenario = rng.weighted(candidates.map((s) => [s, s.weight] as const));
    const plan = scenario.build(ctx);
    const result = problem === 'dose_above_label' ? overdose(plan, ctx.patient)
      : problem === 'missing_biomarker_report' ? dropBiomarkerReport(plan)
        : plan;
    if (result) return result;
  }
  throw new Error(`could not build a ${type} claim with ${problem}`);
}
