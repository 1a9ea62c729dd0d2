import type { PriorLine } from '../../../shared/domain/case';
import type { CANCER_TYPES } from '../../../shared/domain/claim';
import type { DoseUnit, Frequency } from '../../../shared/domain/vocabulary';
import type { DrugName } from '../drugs';
import type { Person } from '../people';
import type { Random } from '../random';

// What happened to a patient, as the generator decides it before any paper is printed: diagnosis,
// what the pathology and gene reports found, prior therapy and the treatment being claimed. The case
// (the engines' truth), the expense lines and every document are derived from one plan.

export type CancerType = (typeof CANCER_TYPES)[number];

export const PROBLEMS = ['missing_biomarker_report', 'dose_above_label', 'off_indication', 'invoice_total_mismatch'] as const;
export type Problem = (typeof PROBLEMS)[number];

export type EgfrResult = 'exon19del' | 'L858R' | 'T790M' | 'exon20ins' | 'negative';

export interface GeneticFindings {
  egfr: EgfrResult[];
  alk: 'positive' | 'negative';
  ros1: 'positive' | 'negative';
  ras: 'wild_type' | 'mutant';
  braf: 'wild_type' | 'mutant';
  msi: 'MSI-H' | 'MSS';
  /** The variant printed for a RAS mutation (KRAS G12D ...). */
  rasVariant?: string;
  /** A further finding the panel prints (ERBB2 amplification ...), outside the six fields. */
  extra?: { gene: string; text: string };
  sample: '组织' | '血浆';
}

export interface PathologyFindings {
  /** The other immunohistochemistry results, printed as one line. */
  ihc: string;
  her2Ihc?: 'IHC0' | 'IHC1+' | 'IHC2+' | 'IHC3+';
  her2Ish?: 'positive' | 'negative';
  pdl1Tps?: number;
  pdl1Cps?: number;
  pdl1Clone?: '22C3' | '28-8' | 'SP263';
  mmr?: 'dMMR' | 'pMMR';
}

export interface PlannedTreatment {
  id: string;
  drug: DrugName;
  dose: { value: number; unit: DoseUnit };
  frequency: Frequency;
  cycle?: number;
  startDate: string;
  /** Oral drugs: days of supply dispensed with this claim. */
  daysSupplied?: number;
}

export interface PlannedDiagnosis {
  icd10: string;
  /** 右肺上叶, 左乳, 乙状结肠 ... */
  siteZh: string;
  /** The discharge-diagnosis wording: 右肺上叶腺癌. */
  nameZh: string;
  histology: string;
  histologyZh: string;
  setting: 'advanced' | 'early';
  stage: string;
  tnm?: string;
  advancedSince?: string;
  primarySite?: 'left' | 'right';
  childPugh?: 'A' | 'B' | 'C';
  childPughScore?: number;
}

export interface ClinicalPlan {
  cancerType: CancerType;
  scenario: string;
  diagnosis: PlannedDiagnosis;
  specimenZh: string;
  pathology: PathologyFindings | null;
  pathologyDate: string;
  genetic: GeneticFindings | null;
  geneticDate: string;
  priorLines: PriorLine[];
  priorAdjuvant: PriorLine[];
  treatments: PlannedTreatment[];
  encounter: 'inpatient' | 'outpatient';
  /** First day in hospital (inpatient) or the clinic visit (outpatient). */
  admissionDate: string;
  /** Discharge or visit date: the date of the invoice. */
  serviceDate: string;
  /** Day the claimed drugs were given (inpatient) or dispensed (outpatient). */
  treatmentDate: string;
}

export interface ScenarioContext {
  rng: Random;
  patient: Person;
  serviceDate: string;
}

/** A way a case of one cancer type can go; `build` must honour the problems it is chosen for. */
export interface Scenario {
  id: string;
  weight: number;
  /** Chosen only for claims that carry `off_indication`: the drug is not indicated for this cancer. */
  offIndication?: boolean;
  /** Problems this scenario can carry (it is only chosen for a claim whose problems it supports). */
  supports: readonly Problem[];
  build(ctx: ScenarioContext): ClinicalPlan;
}
