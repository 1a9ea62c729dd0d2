import type { Criterion, Edition, Recommendation } from '../../shared/pathway/edition-schema';

// The rules page's search: one box that finds a recommendation by its drug (Chinese or English,
// companions included), its cancer type (code or either name), a biomarker or the rule's id. Every
// word typed must match; case and surrounding spaces do not matter. Pure: no DOM.

function markerTerms(c: Criterion): string[] {
  switch (c.kind) {
    case 'biomarker':
      return [c.label, ...c.anyOf.flatMap((a) => [a.marker, ...a.results])];
    case 'her2':
      return ['HER2', `HER2 ${c.status}`];
    case 'pdl1':
      return ['PD-L1', c.score];
    case 'driverNegative':
      return ['driver-negative', ...c.markers];
    default:
      return [];
  }
}

/** The lower-case text a recommendation is found by, one entry per recommendation of the edition. */
export function searchIndex(edition: Edition): Map<string, string> {
  const drugs = new Map(edition.drugs.map((d) => [d.en, d['zh-CN']]));
  const types = new Map(edition.cancerTypes.map((c) => [c.id, c.name]));
  const drugTerms = (en: string) => [en, drugs.get(en) ?? ''];
  const index = new Map<string, string>();
  for (const rec of edition.recommendations) {
    const type = types.get(rec.cancerType);
    const companions = [...(rec.with?.allOf ?? []), ...(rec.with?.oneOf ?? []).flat()];
    const terms = [
      rec.id, rec.cancerType, type?.en ?? '', type?.['zh-CN'] ?? '',
      ...drugTerms(rec.drug), ...companions.flatMap(drugTerms),
      ...rec.criteria.flatMap(markerTerms),
    ];
    index.set(rec.id, terms.join('\n').toLowerCase());
  }
  return index;
}

/** The words of a query, lower case; an empty query has none (and matches everything). */
export const queryWords = (query: string): string[] => query.trim().toLowerCase().split(/\s+/).filter(Boolean);

export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(w));
}

export interface RuleFilter {
  query: string;
  cancerType: string | null;
  level: Recommendation['level'] | null;
}

/** The recommendations the search box and the two filters let through, in edition order. */
export function filterRecommendations(edition: Edition, index: ReadonlyMap<string, string>, filter: RuleFilter): Recommendation[] {
  const words = queryWords(filter.query);
  return edition.recommendations.filter((r) => (filter.cancerType === null || r.cancerType === filter.cancerType)
    && (filter.level === null || r.level === filter.level)
    && matchesWords(index.get(r.id) ?? '', words));
}
