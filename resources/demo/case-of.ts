import type { Biomarker, PayoutCase } from '../../shared/domain/case';
import type { Billing } from './billing';
import type { ClinicalPlan, GeneticFindings, PathologyFindings } from './clinical/plan';
import type { Person } from './people';
import type { Random } from './random';

// The generator's truth in the engines' exchange format (docs/case-format.md): what the claim's documents
// establish. A biomarker whose report is not among the documents is absent, as it would be for the
// insurer.

function geneticMarkers(g: GeneticFindings): Biomarker[] {
  return [
    { marker: 'EGFR', result: [...g.egfr] },
    { marker: 'ALK', result: g.alk },
    { marker: 'ROS1', result: g.ros1 },
    { marker: 'RAS', result: g.ras },
    { marker: 'BRAF', result: g.braf },
    { marker: 'MSI', result: g.msi },
  ];
}

function pathologyMarkers(p: PathologyFindings): Biomarker[] {
  const out: Biomarker[] = [];
  if (p.her2Ihc) out.push({ marker: 'HER2', result: p.her2Ihc, ...(p.her2Ish ? { ish: p.her2Ish } : {}) });
  if (p.pdl1Tps !== undefined || p.pdl1Cps !== undefined) {
    out.push({ marker: 'PD-L1', ...(p.pdl1Tps !== undefined ? { tps: p.pdl1Tps } : {}), ...(p.pdl1Cps !== undefined ? { cps: p.pdl1Cps } : {}) });
  }
  if (p.mmr) out.push({ marker: 'MMR', result: p.mmr });
  return out;
}

export interface ClaimTerms {
  product: string;
  preExisting: boolean;
}

export function caseOf(caseId: string, plan: ClinicalPlan, patient: Person, billing: Billing, terms: ClaimTerms, rng: Random): PayoutCase {
  const dx = plan.diagnosis;
  // Some policies already paid part of the year's deductible on an earlier claim.
  const yearToDate: { deductibleUsedFen: Record<string, number>; paidFen: Record<string, number> } = terms.product === 'HMB-SH-2023' && rng.chance(0.15)
    ? { deductibleUsedFen: { HMB_INPATIENT_SELF_PAY: rng.pick([300_000, 800_000, 1_600_000]) }, paidFen: {} }
    : terms.product === 'MM-2025' && rng.chance(0.15)
      ? { deductibleUsedFen: { MM_GENERAL: rng.pick([200_000, 600_000, 1_000_000]) }, paidFen: { MM_GENERAL: rng.pick([0, 1_250_000, 4_800_000]) } }
      : { deductibleUsedFen: {}, paidFen: {} };
  return {
    caseId,
    patient: { sex: patient.sex, birthDate: patient.birthDate, weightKg: patient.weightKg, heightCm: patient.heightCm },
    diagnosis: {
      icd10: dx.icd10, histology: dx.histology, setting: dx.setting, stage: dx.stage,
      ...(dx.advancedSince ? { advancedSince: dx.advancedSince } : {}),
      ...(dx.primarySite ? { primarySite: dx.primarySite } : {}),
      ...(dx.childPugh ? { childPugh: dx.childPugh } : {}),
    },
    biomarkers: [...(plan.genetic ? geneticMarkers(plan.genetic) : []), ...(plan.pathology ? pathologyMarkers(plan.pathology) : [])],
    priorLines: plan.priorLines,
    priorAdjuvant: plan.priorAdjuvant,
    treatments: plan.treatments.map((t) => ({
      id: t.id, drug: t.drug, dose: { ...t.dose }, frequency: t.frequency, ...(t.cycle !== undefined ? { cycle: t.cycle } : {}), startDate: t.startDate,
    })),
    claim: {
      product: terms.product,
      preExisting: terms.preExisting,
      socialInsuranceSettled: billing.scheme !== 'none',
      yearToDate,
      expenses: billing.expenses,
    },
  };
}
