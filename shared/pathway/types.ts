import type { Verdict } from '../domain/vocabulary';
import type { Level } from './edition-schema';

// The result of a pathway check: the verdict per treatment line (docs/case-format.md) plus, per
// candidate recommendation, every criterion tested with the case facts it read, for the reviewer.

export const REASON = {
  UNKNOWN_DRUG: 'UNKNOWN_DRUG',
  NOT_INDICATED_FOR_DIAGNOSIS: 'NOT_INDICATED_FOR_DIAGNOSIS',
  SETTING_MISMATCH: 'SETTING_MISMATCH',
  LINE_MISMATCH: 'LINE_MISMATCH',
  PRIOR_THERAPY_MISSING: 'PRIOR_THERAPY_MISSING',
  PRIOR_THERAPY_CONFLICT: 'PRIOR_THERAPY_CONFLICT',
  BIOMARKER_MISMATCH: 'BIOMARKER_MISMATCH',
  CLINICAL_CRITERION_NOT_MET: 'CLINICAL_CRITERION_NOT_MET',
  COMPANION_DRUG_MISSING: 'COMPANION_DRUG_MISSING',
  DOSE_ABOVE_RECOMMENDED: 'DOSE_ABOVE_RECOMMENDED',
} as const;

/** `BIOMARKER_NOT_DOCUMENTED:EGFR`: an undocumented marker, named. */
export const markerNotDocumented = (marker: string) => `BIOMARKER_NOT_DOCUMENTED:${marker}`;
/** `CRITERION_NOT_DOCUMENTED:weightKg`: an undocumented case fact, named. */
export const criterionNotDocumented = (fact: string) => `CRITERION_NOT_DOCUMENTED:${fact}`;

export type CriterionStatus = 'passed' | 'failed' | 'undocumented';

/** A case fact a criterion read: its path in the case (links the fact to its document field). */
export interface FactRef {
  path: string;
  value: unknown;
}

/** What one criterion concluded about one case. */
export interface Outcome {
  status: CriterionStatus;
  /** The reason code(s) when not passed: one failing code, or every missing fact. */
  codes: readonly string[];
  fact: readonly FactRef[];
  /** Short English explanation, e.g. `claimed 160 mg/day > 110% of 80 mg/day`. */
  detail: string;
}

export interface CriterionExplanation extends Outcome {
  /** The criterion in words, e.g. `EGFR sensitising` or `line >= 2`. */
  criterion: string;
  kind: string;
}

export interface CandidateExplanation {
  recommendationId: string;
  level: Level;
  evidence: string;
  /** failed if any criterion failed, else undocumented if any was, else passed. */
  status: CriterionStatus;
  criteria: CriterionExplanation[];
}

export interface PathwayLine {
  id: string;
  /** The normalised English name (or the trimmed lower-case name of an unknown drug). */
  drug: string;
  verdict: Verdict;
  recommendationId: string | null;
  level: Level | null;
  evidence: string | null;
  reasons: string[];
  /** The recommendations of this drug for the case's cancer type, in edition order. */
  candidates: CandidateExplanation[];
}

export interface PathwayCheck {
  caseId: string;
  edition: string;
  /** The cancer type determined from diagnosis.icd10 and histology; null when none applies. */
  cancerType: string | null;
  lines: PathwayLine[];
}

/** The exchange-format result of `claimdesk pathway` (docs/case-format.md), in its key order. */
export interface PathwayCaseResult {
  caseId: string;
  edition: string;
  lines: Pick<PathwayLine, 'id' | 'drug' | 'verdict' | 'recommendationId' | 'level' | 'evidence' | 'reasons'>[];
}
