import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clinicalCaseSchema, type ClinicalCase } from '../../../shared/domain/case';
import type { Criterion } from '../../../shared/pathway/edition-schema';
import { checkPathway, toCaseResult } from '../../../shared/pathway/evaluate';
import { qualifyingFacts } from '../../support/pathway-scenarios';
import { edition } from './case-builder';

// Invariants of the check over generated cases. Biomarker entries are generated with distinct
// markers: with duplicates the first entry counts, so order matters by design.

const RUNS = 300;
const KNOWN_MARKERS = ['EGFR', 'ALK', 'ROS1', 'PD-L1', 'HER2', 'RAS', 'BRAF', 'MMR', 'MSI'] as const;

/** Markers each governed drug's recommendations read. */
const markersRead = new Map<string, Set<string>>();
const readBy = (c: Criterion): string[] => {
  switch (c.kind) {
    case 'biomarker': return c.anyOf.map((a) => a.marker);
    case 'her2': return ['HER2'];
    case 'pdl1': return ['PD-L1'];
    case 'driverNegative': return c.markers;
    default: return [];
  }
};
for (const r of edition.recommendations) {
  const set = markersRead.get(r.drug) ?? new Set<string>();
  r.criteria.flatMap(readBy).forEach((m) => set.add(m));
  markersRead.set(r.drug, set);
}
const companions = new Set(edition.recommendations.flatMap((r) => [...(r.with?.allOf ?? []), ...(r.with?.oneOf?.flat() ?? [])]));
const englishNames = edition.drugs.map((d) => d.en);
const chineseOf = new Map(edition.drugs.map((d) => [d.en, d['zh-CN']]));
const governed = [...new Set(edition.recommendations.map((r) => r.drug))];

const day0 = Date.UTC(2019, 0, 1);
const date = fc.integer({ min: 0, max: 6 * 365 }).map((d) => new Date(day0 + d * 86_400_000).toISOString().slice(0, 10));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 4 });

const biomarker = fc.oneof(
  fc.record({ marker: fc.constant('EGFR'), result: fc.subarray(['exon19del', 'L858R', 'T790M', 'exon20ins', 'negative']) }),
  fc.record({ marker: fc.constant('EGFR'), result: fc.constantFrom(['negative'], ['L858R'], 'exon19del') }),
  fc.record({ marker: fc.constantFrom('ALK', 'ROS1'), result: fc.constantFrom('positive', 'negative') }),
  fc.record({ marker: fc.constant('PD-L1'), tps: maybe(fc.integer({ min: 0, max: 100 })), cps: maybe(fc.integer({ min: 0, max: 30 })) }),
  fc.record({ marker: fc.constant('HER2'), result: fc.constantFrom('IHC0', 'IHC1+', 'IHC2+', 'IHC3+'), ish: maybe(fc.constantFrom('positive', 'negative')) }),
  fc.record({ marker: fc.constantFrom('RAS', 'BRAF'), result: fc.constantFrom('wild_type', 'mutant') }),
  fc.record({ marker: fc.constant('MMR'), result: fc.constantFrom('dMMR', 'pMMR') }),
  fc.record({ marker: fc.constant('MSI'), result: fc.constantFrom('MSI-H', 'MSS') }),
);

const regimen = fc.record({
  drugs: fc.subarray([...englishNames, '吉非替尼', 'rituximab', 'dexamethasone'], { minLength: 1, maxLength: 3 }),
  startDate: maybe(date), endDate: maybe(date), outcome: maybe(fc.constantFrom('progression', 'intolerance', 'completed')),
});

const dose = fc.record({
  value: fc.oneof(fc.constantFrom(1, 5.4, 6, 8, 12, 40, 80, 100, 125, 200, 250, 400, 420, 600, 840, 1200), fc.double({ min: 0.1, max: 2000, noNaN: true })),
  unit: fc.constantFrom('mg', 'mg', 'mg', 'mg/kg', 'mg/m2', 'infusion'),
});

const treatment = fc.record({
  drug: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...governed) }, fc.constantFrom(...englishNames), fc.constantFrom('rituximab', ' 帕博利珠单抗 ')),
  dose: maybe(dose),
  frequency: maybe(fc.constantFrom('qd', 'bid', 'tid', 'qw', 'q2w', 'q3w', 'q4w', 'q6w', 'once')),
  cycle: maybe(fc.integer({ min: 1, max: 6 })),
});

const ANY_ICD = ['C34.1', 'C34.100x001', 'C50.9', 'C18.7', 'C20', 'C16.0', 'C22.0', 'C83.3', 'C85.2', 'C90.0', 'C61'];
type Rec = (typeof edition.recommendations)[number];
type Json = Record<string, unknown>;

/** Treatments built around one recommendation (its drug near its dose, often with its companions), plus others. */
const scenario = (rec: Rec) => fc.record({
  factor: fc.constantFrom(0.5, 1, 1, 1.1, 1.2),
  withCompanions: fc.boolean(),
  cycle: maybe(fc.constantFrom(1, 2)),
  others: fc.array(treatment, { maxLength: 2 }),
}).map(({ factor, withCompanions, cycle, others }) => {
  const [governedDrug, ...companionDrugs] = qualifyingFacts(rec, edition).treatments as [{ dose: { value: number } }, ...Json[]];
  const dose = { ...governedDrug.dose, value: governedDrug.dose.value * factor };
  return [{ ...governedDrug, dose, cycle }, ...(withCompanions ? companionDrugs : []), ...others];
});

/** Mostly absent: a random value that, when present, overrides a qualifying one. */
const sometimes = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, a);
const orNull = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, fc.constant(null));
const mostly = fc.integer({ min: 0, max: 3 }).map((n) => n > 0);

const caseArb: fc.Arbitrary<ClinicalCase> = fc.constantFrom(...edition.recommendations).chain((rec) => fc.record({
  patient: fc.record({ weightKg: maybe(fc.integer({ min: 350, max: 1200 }).map((w) => w / 10)), heightCm: maybe(fc.integer({ min: 140, max: 195 })) }),
  diagnosis: fc.record({
    icd10: sometimes(orNull(fc.constantFrom(...ANY_ICD))),
    histology: sometimes(orNull(fc.constantFrom('adenocarcinoma', 'squamous', 'large_cell', 'small_cell'))),
    setting: sometimes(orNull(fc.constantFrom('advanced', 'early'))),
    stage: sometimes(orNull(fc.constantFrom('IB', 'IIA', 'IIIA', 'IIIB', 'IVA'))),
    advancedSince: sometimes(orNull(date)),
    primarySite: sometimes(orNull(fc.constantFrom('left', 'right'))),
    childPugh: sometimes(orNull(fc.constantFrom('A', 'B', 'C'))),
  }),
  qualifyingMarkers: mostly,
  biomarkers: fc.uniqueArray(biomarker, { selector: (b) => b.marker, maxLength: 5 }),
  qualifyingLines: mostly,
  priorLines: fc.array(regimen, { maxLength: 4 }),
  priorAdjuvant: fc.array(regimen, { maxLength: 2 }),
  treatments: fc.oneof({ weight: 3, arbitrary: scenario(rec) }, fc.array(treatment, { minLength: 1, maxLength: 4 })),
}).map((r) => {
  const q = qualifyingFacts(rec, edition);
  const overrides = Object.fromEntries(Object.entries(r.diagnosis).filter(([, v]) => v !== undefined));
  const markers = r.qualifyingMarkers ? q.biomarkers : [];
  const extra = r.biomarkers.filter((b) => !markers.some((m) => m.marker === b.marker));
  return clinicalCaseSchema.parse({
    caseId: 'PROP',
    patient: r.patient,
    diagnosis: { ...q.diagnosis, ...overrides },
    biomarkers: [...markers, ...extra],
    priorLines: r.qualifyingLines ? q.priorLines : r.priorLines,
    priorAdjuvant: r.qualifyingLines ? [...q.priorAdjuvant, ...r.priorAdjuvant] : r.priorAdjuvant,
    treatments: (r.treatments as Json[]).map((t, i) => ({ id: `T${i + 1}`, ...t })),
  });
}));

const resultOf = (c: ClinicalCase) => toCaseResult(checkPathway(c, edition));
const linesById = (c: ClinicalCase) => new Map(resultOf(c).lines.map((l) => [l.id, l]));

describe('pathway check properties', () => {
  it('generates cases of every verdict', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(caseArb, (c) => { resultOf(c).lines.forEach((l) => seen.add(l.verdict)); }), { numRuns: RUNS, seed: 1 });
    expect([...seen].sort()).toEqual(['in_pathway', 'insufficient_evidence', 'not_governed', 'off_pathway']);
  });

  it('the order of biomarker entries (of distinct markers) never changes a result', () => {
    fc.assert(fc.property(caseArb, fc.infiniteStream(fc.nat()), (c, keys) => {
      const shuffled = [...(c.biomarkers ?? [])].map((b) => ({ b, k: keys.next().value as number })).sort((x, y) => x.k - y.k).map((x) => x.b);
      expect(resultOf({ ...c, biomarkers: shuffled })).toEqual(resultOf(c));
    }), { numRuns: RUNS });
  });

  it('an entry of an unknown marker, or a repeat of a documented one, never changes a result', () => {
    const extra = fc.oneof(
      fc.record({ marker: fc.constantFrom('TMB', 'NTRK', 'egfr', 'KRAS G12C', 'PD-L2'), result: fc.constantFrom('positive', 'high', 'mutant') }),
      biomarker,
    );
    fc.assert(fc.property(caseArb, extra, fc.nat(), (c, entry, at) => {
      const markers = c.biomarkers ?? [];
      const known = (KNOWN_MARKERS as readonly string[]).includes(entry.marker);
      const i = markers.findIndex((b) => b.marker === entry.marker);
      // A known marker is added only after its first entry, where it cannot count.
      const position = known ? (i < 0 ? null : i + 1 + (at % (markers.length - i))) : at % (markers.length + 1);
      fc.pre(position !== null);
      const biomarkers = [...markers.slice(0, position!), entry as never, ...markers.slice(position!)];
      expect(resultOf({ ...c, biomarkers })).toEqual(resultOf(c));
    }), { numRuns: RUNS });
  });

  it('a newly documented marker leaves the lines whose drug never reads it unchanged', () => {
    fc.assert(fc.property(caseArb, biomarker, fc.nat(), (c, entry, at) => {
      const markers = c.biomarkers ?? [];
      fc.pre(!markers.some((b) => b.marker === entry.marker));
      const position = at % (markers.length + 1);
      const before = resultOf(c).lines;
      const after = resultOf({ ...c, biomarkers: [...markers.slice(0, position), entry as never, ...markers.slice(position)] }).lines;
      before.forEach((l, k) => {
        if (!markersRead.get(l.drug)?.has(entry.marker)) expect(after[k]).toEqual(l);
      });
    }), { numRuns: RUNS });
  });

  it('an added treatment that is no companion drug never changes another line', () => {
    const unrelated = fc.oneof(fc.constantFrom(...englishNames.filter((d) => !companions.has(d))), fc.constantFrom('rituximab', 'ondansetron'));
    fc.assert(fc.property(caseArb, treatment, unrelated, fc.nat(), (c, t, drug, at) => {
      const position = at % (c.treatments.length + 1);
      const added = clinicalCaseSchema.parse({ ...c, treatments: [...c.treatments.slice(0, position), { ...t, id: 'ADDED', drug }, ...c.treatments.slice(position)] });
      const after = linesById(added);
      for (const [id, line] of linesById(c)) expect(after.get(id)).toEqual(line);
    }), { numRuns: RUNS });
  });

  it('lowering a dose never takes a line out of the pathway', () => {
    let tested = 0;
    fc.assert(fc.property(caseArb, fc.double({ min: 0.01, max: 1, noNaN: true }), (c, factor) => {
      const before = resultOf(c).lines;
      const lowered = { ...c, treatments: c.treatments.map((t) => (t.dose ? { ...t, dose: { ...t.dose, value: t.dose.value * factor } } : t)) };
      const after = resultOf(lowered).lines;
      before.forEach((l, k) => {
        if (l.verdict !== 'in_pathway') return;
        tested++;
        expect(after[k]).toEqual(l);
      });
    }), { numRuns: RUNS });
    expect(tested).toBeGreaterThan(0);
  });

  it('the way a drug name is written never changes a result', () => {
    fc.assert(fc.property(caseArb, fc.constantFrom('upper', 'spaces', 'chinese'), (c, style) => {
      const write = (name: string) => {
        const en = name.trim().toLowerCase();
        if (style === 'upper') return name.toUpperCase();
        if (style === 'spaces') return `  ${name}\t`;
        return chineseOf.get(en) ?? name;
      };
      const rewritten = { ...c, treatments: c.treatments.map((t) => ({ ...t, drug: write(t.drug) })), priorLines: c.priorLines?.map((p) => ({ ...p, drugs: p.drugs.map(write) })) };
      expect(resultOf(rewritten)).toEqual(resultOf(c));
    }), { numRuns: RUNS });
  });
});
