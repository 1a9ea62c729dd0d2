import type { Edition } from './edition-schema';

// The cancer type of a case: diagnosis.icd10 by prefix (dots and case ignored, so Chinese extended
// codes such as C34.100x001 match C34), narrowed by histology where the type lists its histologies.

export interface CancerTypeMatcher {
  id: string;
  prefixes: readonly string[];
  /** Histologies of the type; a documented histology outside them means another disease. */
  histologies: ReadonlySet<string> | null;
}

export const normaliseIcd10 = (code: string) => code.replace(/\./g, '').trim().toUpperCase();

/** Free-text terms of the diagnosis, trimmed and lower-cased; blank means not documented. */
export function normaliseTerm(term: string | null | undefined): string | null {
  const t = term?.trim().toLowerCase();
  return t ? t : null;
}

export function compileCancerTypes(edition: Edition): CancerTypeMatcher[] {
  return edition.cancerTypes.map((t) => ({
    id: t.id,
    prefixes: t.icd10.map(normaliseIcd10),
    histologies: t.histologies ? new Set(t.histologies) : null,
  }));
}

/** The type id, or null when no type applies (unknown code, or e.g. small_cell on a C34 code). */
export function determineCancerType(
  icd10: string | null | undefined, histology: string | null, matchers: readonly CancerTypeMatcher[],
): string | null {
  if (!icd10) return null;
  const code = normaliseIcd10(icd10);
  for (const m of matchers) {
    if (!m.prefixes.some((p) => code.startsWith(p))) continue;
    if (histology !== null && m.histologies && !m.histologies.has(histology)) continue;
    return m.id;
  }
  return null;
}
