import type { ClinicalCase } from '../domain/case';
import { determineCancerType, normaliseTerm, type CancerTypeMatcher } from './cancer-type';
import { lookupDrugName, type DrugName } from './drug-names';

// The facts of one case that every candidate reads, worked out once per check.

export interface CaseFacts {
  readonly c: ClinicalCase;
  readonly cancerType: string | null;
  readonly histology: string | null;
  /** Line of therapy of the case's treatments: 1 + the number of prior advanced-setting lines. */
  readonly line: number;
  /** Normalised drug names per priorLines / priorAdjuvant entry, in list order. */
  readonly priorLines: readonly (readonly string[])[];
  readonly priorAdjuvant: readonly (readonly string[])[];
  /** Normalised names of the case's treatments, by treatment index. */
  readonly treatments: readonly DrugName[];
}

export function collectCaseFacts(
  c: ClinicalCase, drugNames: ReadonlyMap<string, string>, cancerTypes: readonly CancerTypeMatcher[],
): CaseFacts {
  const histology = normaliseTerm(c.diagnosis?.histology);
  const names = (entries: ClinicalCase['priorLines']) =>
    (entries ?? []).map((e) => e.drugs.map((d) => lookupDrugName(d, drugNames).name));
  return {
    c,
    cancerType: determineCancerType(c.diagnosis?.icd10, histology, cancerTypes),
    histology,
    line: 1 + (c.priorLines?.length ?? 0),
    priorLines: names(c.priorLines),
    priorAdjuvant: names(c.priorAdjuvant),
    treatments: c.treatments.map((t) => lookupDrugName(t.drug, drugNames)),
  };
}
