import { clinicalCaseSchema, type ClinicalCase } from '../../../shared/domain/case';
import { checkPathway, toCaseResult } from '../../../shared/pathway/evaluate';
import { loadEdition } from '../../../src-main/editions/load-edition';

// Small builders for the pathway unit tests: a case is validated by the real schema, so a test
// cannot pass on input the CLI would reject.

export const edition = loadEdition('CDP-2025.1');

type Input = Record<string, unknown>;
type Part = Input | null;

export interface CaseParts {
  patient?: Part;
  diagnosis?: Part;
  biomarkers?: Input[];
  priorLines?: Input[];
  priorAdjuvant?: Input[];
  treatments: Input[];
}

export const NSCLC_ADENO = { icd10: 'C34.1', histology: 'adenocarcinoma', setting: 'advanced', stage: 'IVA', advancedSince: '2025-01-01' };
export const BREAST = { icd10: 'C50.9', setting: 'advanced', stage: 'IV', advancedSince: '2025-01-01' };
export const CRC_LEFT = { icd10: 'C18.7', setting: 'advanced', stage: 'IVA', primarySite: 'left' };
export const GASTRIC = { icd10: 'C16.0', setting: 'advanced', stage: 'IV' };
export const HCC_A = { icd10: 'C22.0', setting: 'advanced', stage: 'IIIA', childPugh: 'A' };
export const LBCL = { icd10: 'C83.3', setting: 'advanced', stage: 'IV' };
export const MM = { icd10: 'C90.0', setting: 'advanced' };

export const marker = (name: string, result: unknown, extra: Input = {}) => ({ marker: name, result, ...extra });
export const DRIVER_NEGATIVE = [marker('EGFR', ['negative']), marker('ALK', 'negative'), marker('ROS1', 'negative')];
export const tps = (value: number) => ({ marker: 'PD-L1', tps: value });

/** A treatment: `rx('osimertinib', 80, 'mg', 'qd')`, cycle 2 unless given. */
export function rx(drug: string, value?: number, unit?: string, frequency?: string, extra: Input = {}): Input {
  return {
    drug,
    ...(value === undefined ? {} : { dose: { value, unit } }),
    ...(frequency === undefined ? {} : { frequency }),
    cycle: 2,
    ...extra,
  };
}

export const priorLine = (drugs: string[], extra: Input = {}) => ({ drugs, startDate: '2023-01-01', endDate: '2023-12-01', outcome: 'progression', ...extra });

export function makeCase(parts: CaseParts): ClinicalCase {
  return clinicalCaseSchema.parse({
    caseId: 'UNIT',
    patient: parts.patient === undefined ? { sex: 'F', weightKg: 60, heightCm: 165 } : parts.patient,
    diagnosis: parts.diagnosis ?? null,
    biomarkers: parts.biomarkers ?? [],
    priorLines: parts.priorLines ?? [],
    priorAdjuvant: parts.priorAdjuvant ?? [],
    treatments: parts.treatments.map((t, i) => ({ id: `T${i + 1}`, ...t })),
  });
}

export const check = (parts: CaseParts) => checkPathway(makeCase(parts), edition);
export const result = (parts: CaseParts) => toCaseResult(check(parts));

/** The first line's verdict, recommendation and reasons: what most tests assert. */
export function firstLine(parts: CaseParts) {
  const l = result(parts).lines[0]!;
  return { verdict: l.verdict, recommendationId: l.recommendationId, reasons: l.reasons };
}
export const inPathway = (recommendationId: string) => ({ verdict: 'in_pathway', recommendationId, reasons: [] });
export const offPathway = (...reasons: string[]) => ({ verdict: 'off_pathway', recommendationId: null, reasons });
export const insufficient = (...reasons: string[]) => ({ verdict: 'insufficient_evidence', recommendationId: null, reasons });
export const notGoverned = (...reasons: string[]) => ({ verdict: 'not_governed', recommendationId: null, reasons });
