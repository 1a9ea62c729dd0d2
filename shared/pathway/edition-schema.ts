import { z } from 'zod';
import { CHILD_PUGH, DOSE_UNITS, FREQUENCIES, PRIMARY_SITES, SETTINGS } from '../domain/vocabulary';
import { formatIssuePath } from '../domain/issue-path';

// A clinical-pathway edition as data (resources/guidelines/<id>.json). Recommendations are lists of
// criteria of a few generic kinds; the engine interprets them, so a new edition is a new file.

const text = z.string({ error: 'expected a string' }).min(1, 'expected a non-empty string');
const localized = z.object({ en: text, 'zh-CN': text });
const positive = z.number({ error: 'expected a number above 0' }).positive('expected a number above 0');
const wholeAtLeast1 = z.number({ error: 'expected a whole number >= 1' }).int('expected a whole number >= 1')
  .min(1, 'expected a whole number >= 1');
const days = z.number({ error: 'expected a whole number of days' }).int('expected a whole number of days')
  .nonnegative('expected a whole number of days');
const nonEmptyList = <T extends z.ZodTypeAny>(item: T) =>
  z.array(item, { error: 'expected a list' }).min(1, 'expected a non-empty list');

export const LEVELS = ['I', 'II', 'III'] as const;
export const EVIDENCE = ['1A', '1B', '2A', '2B', '3'] as const;

/** Lines of therapy a criterion or a line rule covers (inclusive; either bound may be open). */
const lineRange = z.object({ min: wholeAtLeast1.optional(), max: wholeAtLeast1.optional() })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'expected min <= max');

/** Every criterion may be limited to some lines (BC-HER2-2L-TDXD tests different facts at line 1). */
const base = { atLines: lineRange.optional() };

/** Where "prior X" looks: advanced-setting lines, and for some rules adjuvant regimens too. */
const PRIOR_SOURCES = ['priorLines', 'priorAdjuvant'] as const;
const drugSelection = {
  drugs: z.array(text).optional(),
  classes: z.array(text).optional(),
  sources: nonEmptyList(z.enum(PRIOR_SOURCES, { error: `expected one of ${PRIOR_SOURCES.join(', ')}` })),
};
const hasSelection = (c: { drugs?: string[] | undefined; classes?: string[] | undefined }) =>
  (c.drugs?.length ?? 0) + (c.classes?.length ?? 0) > 0;

export const DIAGNOSIS_FIELDS = ['setting', 'stage', 'histology', 'primarySite', 'childPugh'] as const;

const criterionSchema = z.discriminatedUnion('kind', [
  // A diagnosis field is (or is not) one of some terms: setting, stage, histology, site, Child-Pugh.
  z.object({
    ...base, kind: z.literal('diagnosis'),
    field: z.enum(DIAGNOSIS_FIELDS, { error: `expected one of ${DIAGNOSIS_FIELDS.join(', ')}` }),
    anyOf: nonEmptyList(text).optional(),
    noneOf: nonEmptyList(text).optional(),
  }).refine((c) => (c.anyOf === undefined) !== (c.noneOf === undefined), 'expected exactly one of anyOf, noneOf'),
  z.object({ ...base, kind: z.literal('line'), min: wholeAtLeast1.optional(), max: wholeAtLeast1.optional() })
    .refine((c) => c.min !== undefined || c.max !== undefined, 'expected min or max'),
  // An adjuvant regimen with one of `drugs` ended 0..days days before diagnosis.advancedSince.
  z.object({ ...base, kind: z.literal('adjuvantEndedWithin'), drugs: nonEmptyList(text), days }),
  // The first advanced line ended with progression 0..days days after it started.
  z.object({ ...base, kind: z.literal('firstLineProgressionWithin'), days }),
  z.object({ ...base, kind: z.literal('priorTherapy'), ...drugSelection })
    .refine(hasSelection, 'expected drugs or classes'),
  z.object({ ...base, kind: z.literal('noPriorTherapy'), ...drugSelection })
    .refine(hasSelection, 'expected drugs or classes'),
  // Met when one of the alternatives' markers is documented with a qualifying result.
  z.object({
    ...base, kind: z.literal('biomarker'), label: text,
    anyOf: nonEmptyList(z.object({ marker: text, results: nonEmptyList(text) })),
    undocumentedAs: text,
  }),
  z.object({ ...base, kind: z.literal('her2'), status: z.enum(['positive', 'low', 'negative'], { error: 'expected positive, low or negative' }) }),
  z.object({ ...base, kind: z.literal('pdl1'), score: z.enum(['tps', 'cps'], { error: 'expected tps or cps' }), min: z.number({ error: 'expected a number' }).nonnegative('expected a number >= 0') }),
  z.object({ ...base, kind: z.literal('driverNegative'), markers: nonEmptyList(text), unlessHistology: text }),
], { error: 'expected a criterion of a known kind' });

/** Lenvatinib: the recommended dose depends on the patient's weight; bands ascend, the last is open. */
const weightBand = z.object({ belowKg: positive.optional(), value: positive });

const doseSchema = z.object({
  unit: z.enum(DOSE_UNITS, { error: `expected one of ${DOSE_UNITS.join(', ')}` }),
  frequency: z.enum(FREQUENCIES, { error: `expected one of ${FREQUENCIES.join(', ')}` }),
  value: positive.optional(),
  loading: positive.optional(),
  weightBands: nonEmptyList(weightBand).optional(),
}).superRefine((d, ctx) => {
  if ((d.value === undefined) === (d.weightBands === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'expected exactly one of value, weightBands' });
  }
  d.weightBands?.forEach((band, i, bands) => {
    const last = i === bands.length - 1;
    if (last !== (band.belowKg === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['weightBands', i, 'belowKg'], message: last ? 'expected no belowKg on the last band' : 'expected belowKg' });
    }
    const previous = bands[i - 1]?.belowKg;
    if (previous !== undefined && band.belowKg !== undefined && band.belowKg <= previous) {
      ctx.addIssue({ code: 'custom', path: ['weightBands', i, 'belowKg'], message: 'expected bands in ascending order' });
    }
  });
});

const recommendationSchema = z.object({
  id: text,
  cancerType: text,
  drug: text,
  /** Companion drugs of the same line: every allOf drug, and one drug of each oneOf group. */
  with: z.object({ allOf: z.array(text).optional(), oneOf: z.array(nonEmptyList(text)).optional() }).optional(),
  criteria: z.array(criterionSchema, { error: 'expected a list of criteria' }),
  dose: doseSchema,
  level: z.enum(LEVELS, { error: `expected one of ${LEVELS.join(', ')}` }),
  evidence: z.enum(EVIDENCE, { error: `expected one of ${EVIDENCE.join(', ')}` }),
  /** The rule as a reviewer reads it, with its citation. */
  text: localized,
});

const frequencySchema = z.object({
  administrations: wholeAtLeast1,
  /** Days the administrations span; null for a single administration (`once`). */
  days: wholeAtLeast1.nullable(),
});

export const editionSchema = z.object({
  id: text,
  title: localized,
  source: localized,
  cancerTypes: nonEmptyList(z.object({
    id: text,
    name: localized,
    icd10: nonEmptyList(text),
    /** When given, a documented histology outside this list means the case is not of this type. */
    histologies: nonEmptyList(text).optional(),
  })),
  drugs: nonEmptyList(z.object({ en: text, 'zh-CN': text })),
  drugClasses: z.array(z.object({ id: text, name: localized, drugs: nonEmptyList(text) })),
  frequencies: z.record(z.string(), frequencySchema),
  recommendations: nonEmptyList(recommendationSchema),
});

export type Edition = z.infer<typeof editionSchema>;
export type Recommendation = Edition['recommendations'][number];
export type Criterion = Recommendation['criteria'][number];
export type RecommendedDose = Recommendation['dose'];
export type Level = (typeof LEVELS)[number];

export class EditionError extends Error {
  override name = 'EditionError';
}

type Issue = { path: (string | number)[]; message: string };

/** `recommendations[12] (NSCLC-ALK-2L-LOR).dose.value`: the rule's id makes the path findable. */
function describePath(path: readonly PropertyKey[], json: unknown): string {
  const [head, index, ...rest] = path;
  if (head === 'recommendations' && typeof index === 'number') {
    const id = (json as { recommendations?: { id?: unknown }[] } | null)?.recommendations?.[index]?.id;
    const where = `recommendations[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
    return rest.length ? `${where}${formatIssuePath(rest).replace(/^(?!\[)/, '.')}` : where;
  }
  return formatIssuePath(path);
}

/** Drug names, ids and vocabulary terms the rules refer to must exist: a typo would silently never match. */
function crossReferenceIssues(e: Edition): Issue[] {
  const issues: Issue[] = [];
  const drugs = new Set(e.drugs.map((d) => d.en));
  const classes = new Set(e.drugClasses.map((c) => c.id));
  const types = new Set(e.cancerTypes.map((t) => t.id));
  const unique = (values: string[], path: (i: number) => (string | number)[], what: string) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v)) issues.push({ path: path(i), message: `duplicate ${what} ${v}` });
      seen.add(v);
    });
  };
  const drug = (name: string, path: (string | number)[]) => {
    if (!drugs.has(name)) issues.push({ path, message: `unknown drug ${name}` });
  };

  unique(e.recommendations.map((r) => r.id), (i) => ['recommendations', i, 'id'], 'recommendation id');
  unique(e.cancerTypes.map((t) => t.id), (i) => ['cancerTypes', i, 'id'], 'cancer type');
  unique(e.drugClasses.map((c) => c.id), (i) => ['drugClasses', i, 'id'], 'drug class');
  unique(e.drugs.map((d) => d.en), (i) => ['drugs', i, 'en'], 'drug');
  unique(e.drugs.map((d) => d['zh-CN']), (i) => ['drugs', i, 'zh-CN'], 'drug');
  e.drugs.forEach((d, i) => {
    if (d.en !== d.en.trim().toLowerCase()) issues.push({ path: ['drugs', i, 'en'], message: 'expected a trimmed lower-case name' });
  });
  e.drugClasses.forEach((c, i) => c.drugs.forEach((d, j) => drug(d, ['drugClasses', i, 'drugs', j])));
  for (const f of FREQUENCIES) {
    if (!e.frequencies[f]) issues.push({ path: ['frequencies', f], message: 'missing frequency of the case vocabulary' });
  }

  const vocabulary: Partial<Record<(typeof DIAGNOSIS_FIELDS)[number], readonly string[]>> = {
    setting: SETTINGS, primarySite: PRIMARY_SITES, childPugh: CHILD_PUGH,
  };
  e.recommendations.forEach((r, i) => {
    const at = (...p: (string | number)[]) => ['recommendations', i, ...p];
    if (!types.has(r.cancerType)) issues.push({ path: at('cancerType'), message: `unknown cancer type ${r.cancerType}` });
    drug(r.drug, at('drug'));
    r.with?.allOf?.forEach((d, j) => drug(d, at('with', 'allOf', j)));
    r.with?.oneOf?.forEach((g, j) => g.forEach((d, k) => drug(d, at('with', 'oneOf', j, k))));
    r.criteria.forEach((c, j) => {
      if (c.kind === 'priorTherapy' || c.kind === 'noPriorTherapy' || c.kind === 'adjuvantEndedWithin') {
        c.drugs?.forEach((d, k) => drug(d, at('criteria', j, 'drugs', k)));
      }
      if (c.kind === 'priorTherapy' || c.kind === 'noPriorTherapy') {
        c.classes?.forEach((id, k) => {
          if (!classes.has(id)) issues.push({ path: at('criteria', j, 'classes', k), message: `unknown drug class ${id}` });
        });
      }
      if (c.kind === 'diagnosis') {
        const allowed = vocabulary[c.field];
        [...(c.anyOf ?? []), ...(c.noneOf ?? [])].forEach((term) => {
          if (allowed && !allowed.includes(term)) issues.push({ path: at('criteria', j), message: `${c.field} ${term} is not in the case vocabulary` });
        });
      }
    });
    if (r.dose.unit === 'infusion' && r.dose.loading !== undefined) {
      issues.push({ path: at('dose', 'loading'), message: 'an infusion has no loading dose' });
    }
  });
  return issues;
}

/** Validates an edition file's JSON; the error names the first bad rule and field. */
export function parseEdition(json: unknown): Edition {
  const parsed = editionSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EditionError(`${describePath(issue.path, json)}: ${issue.message}`);
  }
  const issue = crossReferenceIssues(parsed.data)[0];
  if (issue) throw new EditionError(`${describePath(issue.path, json)}: ${issue.message}`);
  return parsed.data;
}
