import type { Criterion, Recommendation, RecommendedDose } from '../../shared/pathway/edition-schema';
import type { RuleVocabulary } from './rule-vocabulary';

// A recommendation's rules in words, in the reviewer's language, straight from the edition's data:
// the rules page lists them and the pathway panel shows them beside each criterion's outcome.

type Companions = NonNullable<Recommendation['with']>;

/** `line 2`, `line 2 or later`, `lines 2–4`. */
export function describeLines(v: RuleVocabulary, min: number | undefined, max: number | undefined): string {
  if (min !== undefined && min === max) return v.t('rules.criteria.lineExact', { n: min });
  if (max === undefined) return v.t('rules.criteria.lineAtLeast', { n: min ?? 1 });
  if (min === undefined) return v.t('rules.criteria.lineAtMost', { n: max });
  return v.t('rules.criteria.lineRange', { min, max });
}

const term = (v: RuleVocabulary, vocabulary: string, value: string): string =>
  v.t(`vocab.${vocabulary}.${value}`, { defaultValue: value });

function drugSelection(v: RuleVocabulary, c: { drugs?: string[] | undefined; classes?: string[] | undefined }): string {
  return v.or([...(c.classes ?? []).map(v.drugClass), ...(c.drugs ?? []).map(v.drug)]);
}

/** Diagnosis fields whose terms have labels of their own (stage and Child-Pugh read as they are). */
const TERM_VOCABULARY: Partial<Record<string, string>> = { setting: 'setting', histology: 'histology', primarySite: 'primarySite' };

function describeBare(c: Criterion, v: RuleVocabulary): string {
  switch (c.kind) {
    case 'diagnosis': {
      const vocabulary = TERM_VOCABULARY[c.field];
      const terms = (c.anyOf ?? c.noneOf ?? []).map((value) => (vocabulary ? term(v, vocabulary, value) : value));
      const field = v.t(`caseFacts.${c.field}`);
      return v.t(c.anyOf ? 'rules.criteria.diagnosisAnyOf' : 'rules.criteria.diagnosisNoneOf', { field, terms: v.or(terms) });
    }
    case 'line':
      return describeLines(v, c.min, c.max);
    case 'adjuvantEndedWithin':
      return v.t('rules.criteria.adjuvantEndedWithin', { drugs: v.or(c.drugs.map(v.drug)), days: c.days });
    case 'firstLineProgressionWithin':
      return v.t('rules.criteria.firstLineProgressionWithin', { days: c.days });
    case 'priorTherapy':
    case 'noPriorTherapy':
      return v.t(`rules.criteria.${c.kind}`, {
        drugs: drugSelection(v, c),
        sources: v.or(c.sources.map((s) => term(v, 'priorSource', s))),
      });
    case 'biomarker': {
      const alternatives = c.anyOf.map((a) => v.t('rules.criteria.markerResults', {
        marker: a.marker, results: v.or(a.results.map((r) => term(v, 'markerResult', r))),
      }));
      return v.t('rules.criteria.biomarker', { label: c.label, alternatives: v.or(alternatives) });
    }
    case 'her2':
      return v.t(`rules.criteria.her2.${c.status}`);
    case 'pdl1':
      return v.t(`rules.criteria.pdl1.${c.score}`, { min: c.min });
    case 'driverNegative':
      return v.t('rules.criteria.driverNegative', { histology: term(v, 'histology', c.unlessHistology), markers: v.and(c.markers) });
  }
}

/** One criterion in words; a criterion limited to some lines says so. */
export function describeCriterion(c: Criterion, v: RuleVocabulary): string {
  const text = describeBare(c, v);
  return c.atLines ? v.t('rules.criteria.atLines', { criterion: text, lines: describeLines(v, c.atLines.min, c.atLines.max) }) : text;
}

/** `pemetrexed and either carboplatin or cisplatin`: the drugs to give in the same line. */
export function describeCompanions(w: Companions, v: RuleVocabulary): string {
  return v.and([
    ...(w.allOf ?? []).map(v.drug),
    ...(w.oneOf ?? []).map((g) => (g.length === 1 ? v.drug(g[0]!) : v.t('rules.criteria.oneOf', { names: v.or(g.map(v.drug)) }))),
  ]);
}

/** The companions as a criterion: `with pemetrexed and either carboplatin or cisplatin`. */
export const describeCompanionsCriterion = (w: Companions, v: RuleVocabulary): string =>
  v.t('rules.criteria.companions', { groups: describeCompanions(w, v) });

const amount = (v: RuleVocabulary, value: number, unit: string): string =>
  v.t('rules.criteria.amount', { value, unit: term(v, 'doseUnit', unit) });

/** `80 mg once daily`, `6 mg/kg every 3 weeks (cycle 1: 8 mg/kg)`, weight bands, `1 infusion`. */
export function describeDose(d: RecommendedDose, v: RuleVocabulary): string {
  if (d.unit === 'infusion') return v.t('rules.criteria.infusion', { count: d.value ?? 1 });
  const per = d.weightBands
    ? d.weightBands.map((b) => (b.belowKg === undefined
      ? v.t('rules.criteria.lastBand', { amount: amount(v, b.value, d.unit) })
      : v.t('rules.criteria.band', { amount: amount(v, b.value, d.unit), kg: b.belowKg }))).join(v.t('rules.criteria.bandSeparator'))
    : amount(v, d.value!, d.unit);
  const dose = v.t('rules.criteria.dose', { amount: per, frequency: term(v, 'frequency', d.frequency) });
  return d.loading === undefined ? dose : v.t('rules.criteria.loading', { dose, loading: amount(v, d.loading, d.unit) });
}

/** Criteria about the patient's markers; the others (setting, stage, line, prior therapy) form the line rule. */
const MARKER_KINDS: ReadonlySet<Criterion['kind']> = new Set(['biomarker', 'her2', 'pdl1', 'driverNegative']);

export const isMarkerCriterion = (c: Criterion): boolean => MARKER_KINDS.has(c.kind);

/** The table's "setting / line" column: every criterion that is not about markers. */
export function describeLineRule(rec: Recommendation, v: RuleVocabulary): string {
  return rec.criteria.filter((c) => !isMarkerCriterion(c)).map((c) => describeCriterion(c, v)).join(v.t('rules.criteria.separator'));
}

/** The table's "biomarkers" column; `none` when the recommendation reads no marker. */
export function describeMarkerConditions(rec: Recommendation, v: RuleVocabulary): string {
  const parts = rec.criteria.filter(isMarkerCriterion).map((c) => describeCriterion(c, v));
  return parts.length ? parts.join(v.t('rules.criteria.separator')) : v.t('rules.criteria.none');
}
