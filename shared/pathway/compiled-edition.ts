import type { Edition, Recommendation } from './edition-schema';
import { LEVELS } from './edition-schema';
import { compileCancerTypes, type CancerTypeMatcher } from './cancer-type';
import { compileRecommendation, type CompiledCriterion } from './criteria';
import { buildDrugNameIndex } from './drug-names';

// The per-edition indexes a check needs, built once per Edition object (editions are immutable).

export interface CompiledRecommendation {
  rec: Recommendation;
  /** Position of the level in I, II, III: lower is better. */
  levelRank: number;
  criteria: CompiledCriterion[];
}

export interface CompiledEdition {
  edition: Edition;
  drugNames: ReadonlyMap<string, string>;
  cancerTypes: readonly CancerTypeMatcher[];
  /** Governed drug → its recommendations in table order. */
  candidates: ReadonlyMap<string, readonly CompiledRecommendation[]>;
}

const cache = new WeakMap<Edition, CompiledEdition>();

export function compileEdition(edition: Edition): CompiledEdition {
  const hit = cache.get(edition);
  if (hit) return hit;
  const ctx = {
    classes: new Map(edition.drugClasses.map((c) => [c.id, c.drugs])),
    frequencies: edition.frequencies,
  };
  const candidates = new Map<string, CompiledRecommendation[]>();
  for (const rec of edition.recommendations) {
    const list = candidates.get(rec.drug) ?? [];
    list.push({ rec, levelRank: LEVELS.indexOf(rec.level), criteria: compileRecommendation(rec, ctx) });
    candidates.set(rec.drug, list);
  }
  const compiled: CompiledEdition = {
    edition,
    drugNames: buildDrugNameIndex(edition),
    cancerTypes: compileCancerTypes(edition),
    candidates,
  };
  cache.set(edition, compiled);
  return compiled;
}
