import { compileEdition } from '../../../shared/pathway/compiled-edition';
import type { Criterion, Edition, Recommendation, RecommendedDose } from '../../../shared/pathway/edition-schema';
import type { CriterionExplanation } from '../../../shared/pathway/types';

// The edition rule behind each criterion a check explains, so the panel can word it in the
// reviewer's language. The engine tests a recommendation's criteria in the order it compiles them
// (criteria, companions, dose), leaving out those limited to other lines; walking both lists in
// that order by kind and label pairs them without the engine having to carry indexes.

export type CriterionRule =
  | { kind: 'criterion'; criterion: Criterion }
  | { kind: 'companions'; companions: NonNullable<Recommendation['with']> }
  | { kind: 'dose'; dose: RecommendedDose };

/** Per explained criterion, its rule, or null when it cannot be paired (the engine's label is shown). */
export function criterionRules(edition: Edition, recommendationId: string, explained: readonly CriterionExplanation[]): (CriterionRule | null)[] {
  const rec = edition.recommendations.find((r) => r.id === recommendationId);
  const compiled = rec && compileEdition(edition).candidates.get(rec.drug)?.find((c) => c.rec === rec);
  if (!rec || !compiled) return explained.map(() => null);
  const rules: CriterionRule[] = [
    ...rec.criteria.map((criterion): CriterionRule => ({ kind: 'criterion', criterion })),
    ...(rec.with ? [{ kind: 'companions', companions: rec.with } as const] : []),
    { kind: 'dose', dose: rec.dose },
  ];
  let next = 0;
  return explained.map((e) => {
    for (let j = next; j < compiled.criteria.length; j++) {
      const c = compiled.criteria[j]!;
      if (c.kind === e.kind && c.label === e.criterion) {
        next = j + 1;
        return rules[j] ?? null;
      }
    }
    return null;
  });
}
