import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { ClinicalCase } from '../../shared/domain/case';
import type { Verdict } from '../../shared/domain/vocabulary';
import { firstEntry, resultsOf } from '../../shared/pathway/biomarkers';
import { determineCancerType, compileCancerTypes, normaliseTerm } from '../../shared/pathway/cancer-type';
import { checkDose } from '../../shared/pathway/dose';
import { buildDrugNameIndex, lookupDrugName } from '../../shared/pathway/drug-names';
import { LEVELS, type Criterion, type Edition, type Recommendation } from '../../shared/pathway/edition-schema';
import { dayNumber } from '../../shared/pathway/line-of-therapy';

// The bench baseline: the same edition encoded for json-rules-engine, translated programmatically
// from the edition's data (one translation per criterion kind, never per recommendation).
//
// Each criterion is three-valued, so it becomes two conditions: `pass` (met) and `notFail` (met or
// undocumented). Per recommendation there are two rules, "all pass" and "none fails", both guarded
// by the cancer type; the verdict follows from which events fire. Facts are the case's plain values
// (normalised names, first-entry marker results, line, day counts); the rules hold all decisions.
// Unit arithmetic for the dose (weight, BSA, frequency, the exact 110% test) is registered as a
// custom operator calling the engine's dose module, as a json-rules-engine user would add one.

type Condition = NestedCondition;
interface Translated { pass: Condition; notFail: Condition }

const MARKERS = ['EGFR', 'ALK', 'ROS1', 'HER2', 'RAS', 'BRAF', 'MMR', 'MSI'];
const fact = (name: string, operator: string, value: unknown): Condition => ({ fact: name, operator, value });
const all = (...conditions: Condition[]): Condition => ({ all: conditions });
const any = (...conditions: Condition[]): Condition => ({ any: conditions });
const isNull = (name: string) => fact(name, 'equal', null);

function translateCriterion(c: Criterion, classes: ReadonlyMap<string, readonly string[]>): Translated {
  const drugsOf = (x: { drugs?: string[] | undefined; classes?: string[] | undefined }) =>
    [...(x.drugs ?? []), ...(x.classes ?? []).flatMap((k) => classes.get(k)!)];
  switch (c.kind) {
    case 'diagnosis': {
      const pass = c.anyOf ? fact(c.field, 'in', c.anyOf) : all(fact(c.field, 'notEqual', null), fact(c.field, 'notIn', c.noneOf));
      return { pass, notFail: any(pass, isNull(c.field)) };
    }
    case 'line': {
      const pass = all(
        ...(c.min === undefined ? [] : [fact('line', 'greaterThanInclusive', c.min)]),
        ...(c.max === undefined ? [] : [fact('line', 'lessThanInclusive', c.max)]),
      );
      return { pass, notFail: pass };
    }
    case 'priorTherapy':
    case 'noPriorTherapy': {
      const given = any(...c.sources.map((s) => fact(s, 'intersects', drugsOf(c))));
      const pass = c.kind === 'priorTherapy' ? given : { not: given };
      return { pass, notFail: pass };
    }
    case 'adjuvantEndedWithin': {
      const pass = fact('adjuvantGaps', 'someGapWithin', { drugs: c.drugs, days: c.days });
      return { pass, notFail: any(pass, fact('adjuvantGaps', 'someGapUnknown', { drugs: c.drugs })) };
    }
    case 'firstLineProgressionWithin': {
      const inWindow = all(fact('firstLineDays', 'greaterThanInclusive', 0), fact('firstLineDays', 'lessThanInclusive', c.days));
      return {
        pass: all(fact('firstLineOutcome', 'equal', 'progression'), inWindow),
        notFail: all(
          fact('line', 'greaterThan', 1),
          any(isNull('firstLineOutcome'), fact('firstLineOutcome', 'equal', 'progression')),
          any(isNull('firstLineDays'), inWindow),
        ),
      };
    }
    case 'biomarker': {
      const pass = any(...c.anyOf.map((a) => fact(`marker:${a.marker}`, 'intersects', a.results)));
      return { pass, notFail: any(pass, all(...c.anyOf.map((a) => isNull(`marker:${a.marker}`)))) };
    }
    case 'her2': {
      const ihc = (r: string) => fact('marker:HER2', 'contains', r);
      const ish = (r: string | null) => fact('her2Ish', 'equal', r);
      const pass = {
        positive: any(ihc('IHC3+'), all(ihc('IHC2+'), ish('positive'))),
        low: any(ihc('IHC1+'), all(ihc('IHC2+'), ish('negative'))),
        negative: any(ihc('IHC0'), ihc('IHC1+'), all(ihc('IHC2+'), ish('negative'))),
      }[c.status];
      return { pass, notFail: any(pass, isNull('marker:HER2'), all(ihc('IHC2+'), ish(null))) };
    }
    case 'pdl1': {
      const name = `pdl1:${c.score}`;
      const pass = fact(name, 'greaterThanInclusive', c.min);
      return { pass, notFail: any(pass, isNull(name)) };
    }
    case 'driverNegative': {
      const pass = any(fact('histology', 'equal', c.unlessHistology), all(...c.markers.map((m) => fact(`marker:${m}`, 'allNegative', true))));
      return {
        pass,
        notFail: any(pass, isNull('histology'), all(...c.markers.map((m) => any(isNull(`marker:${m}`), fact(`marker:${m}`, 'allNegative', true))))),
      };
    }
  }
}

function translateRecommendation(rec: Recommendation, classes: ReadonlyMap<string, readonly string[]>, order: number): RuleProperties[] {
  const parts = rec.criteria.map((c) => {
    const t = translateCriterion(c, classes);
    if (!c.atLines) return t;
    // Outside its lines a criterion is not tested: it holds there.
    const outside = [
      ...(c.atLines.min === undefined ? [] : [fact('line', 'lessThan', c.atLines.min)]),
      ...(c.atLines.max === undefined ? [] : [fact('line', 'greaterThan', c.atLines.max)]),
    ];
    return { pass: any(...outside, t.pass), notFail: any(...outside, t.notFail) };
  });
  const companions = [
    ...(rec.with?.allOf ?? []).map((d) => fact('treatmentDrugs', 'contains', d)),
    ...(rec.with?.oneOf ?? []).map((g) => fact('treatmentDrugs', 'intersects', g)),
  ];
  const type = fact('cancerType', 'equal', rec.cancerType);
  const params = { id: rec.id, rank: LEVELS.indexOf(rec.level), order };
  const rule = (kind: string, conditions: Condition[]): RuleProperties => ({
    name: `${kind}:${rec.id}`, conditions: { all: [type, ...conditions] } as TopLevelCondition, event: { type: kind, params },
  });
  return [
    rule('pass', [...parts.map((p) => p.pass), ...companions, fact('dose', 'doseWithin', rec.dose)]),
    rule('notFail', [...parts.map((p) => p.notFail), ...companions, fact('dose', 'doseNotAbove', rec.dose)]),
  ];
}

const intersects = (values: readonly string[] | null, wanted: readonly string[]) => values !== null && values.some((v) => wanted.includes(v));

export interface JsonRulesPathway {
  /** Per treatment line: the verdict and, when in pathway, the recommendation. */
  check(c: ClinicalCase): Promise<{ verdict: Verdict; recommendationId: string | null }[]>;
}

export function buildJsonRulesPathway(edition: Edition): JsonRulesPathway {
  const classes = new Map(edition.drugClasses.map((k) => [k.id, k.drugs]));
  const drugNames = buildDrugNameIndex(edition);
  const cancerTypes = compileCancerTypes(edition);
  type DoseFact = { t: ClinicalCase['treatments'][number]; i: number; c: ClinicalCase };
  const dose = (f: DoseFact, rec: Recommendation['dose']) => checkDose(f.t, f.i, f.c.patient, rec, edition.frequencies).status;

  // One engine per governed drug: a run evaluates only that drug's rules.
  const engines = new Map<string, Engine>();
  edition.recommendations.forEach((rec, order) => {
    let engine = engines.get(rec.drug);
    if (!engine) {
      engine = new Engine([], { allowUndefinedFacts: true });
      engine.addOperator<readonly string[] | null, readonly string[]>('intersects', intersects);
      engine.addOperator<readonly string[] | null, boolean>('allNegative', (v) => v !== null && v.every((r) => r === 'negative'));
      type Gap = { drugs: readonly string[]; gap: number | null };
      engine.addOperator<Gap[], { drugs: string[]; days: number }>('someGapWithin', (gaps, w) => gaps.some((g) => intersects(g.drugs, w.drugs) && g.gap !== null && g.gap >= 0 && g.gap <= w.days));
      engine.addOperator<Gap[], { drugs: string[] }>('someGapUnknown', (gaps, w) => gaps.some((g) => intersects(g.drugs, w.drugs) && g.gap === null));
      engine.addOperator<DoseFact, Recommendation['dose']>('doseWithin', (f, rec) => dose(f, rec) === 'passed');
      engine.addOperator<DoseFact, Recommendation['dose']>('doseNotAbove', (f, rec) => dose(f, rec) !== 'failed');
      engines.set(rec.drug, engine);
    }
    for (const rule of translateRecommendation(rec, classes, order)) engine.addRule(rule);
  });

  return {
    async check(c) {
      const histology = normaliseTerm(c.diagnosis?.histology);
      const names = (entries: ClinicalCase['priorLines']) => (entries ?? []).flatMap((e) => e.drugs.map((d) => lookupDrugName(d, drugNames).name));
      const advancedSince = c.diagnosis?.advancedSince;
      const first = c.priorLines?.[0];
      const pdl1 = c.biomarkers?.[firstEntry(c.biomarkers, 'PD-L1')];
      const treatmentNames = c.treatments.map((t) => lookupDrugName(t.drug, drugNames));
      const facts: Record<string, unknown> = {
        cancerType: determineCancerType(c.diagnosis?.icd10, histology, cancerTypes),
        setting: c.diagnosis?.setting ?? null,
        stage: c.diagnosis?.stage?.trim().toUpperCase() || null,
        histology,
        primarySite: c.diagnosis?.primarySite ?? null,
        childPugh: c.diagnosis?.childPugh ?? null,
        line: 1 + (c.priorLines?.length ?? 0),
        priorLines: names(c.priorLines),
        priorAdjuvant: names(c.priorAdjuvant),
        adjuvantGaps: (c.priorAdjuvant ?? []).map((e) => ({
          drugs: e.drugs.map((d) => lookupDrugName(d, drugNames).name),
          gap: advancedSince && e.endDate ? dayNumber(advancedSince) - dayNumber(e.endDate) : null,
        })),
        firstLineOutcome: first?.outcome ?? null,
        firstLineDays: first?.startDate && first.endDate ? dayNumber(first.endDate) - dayNumber(first.startDate) : null,
        treatmentDrugs: treatmentNames.map((n) => n.name),
        her2Ish: c.biomarkers?.[firstEntry(c.biomarkers, 'HER2')]?.ish ?? null,
        'pdl1:tps': pdl1?.tps ?? null,
        'pdl1:cps': pdl1?.cps ?? null,
      };
      for (const m of MARKERS) facts[`marker:${m}`] = resultsOf(c.biomarkers?.[firstEntry(c.biomarkers, m)]);

      const out: { verdict: Verdict; recommendationId: string | null }[] = [];
      for (let i = 0; i < c.treatments.length; i++) {
        const { name, known } = treatmentNames[i]!;
        const engine = known ? engines.get(name) : undefined;
        if (!engine) {
          out.push({ verdict: 'not_governed', recommendationId: null });
          continue;
        }
        const { events } = await engine.run({ ...facts, dose: { t: c.treatments[i]!, i, c } });
        const passing = events.filter((e) => e.type === 'pass').map((e) => e.params as { id: string; rank: number; order: number });
        passing.sort((a, b) => a.rank - b.rank || a.order - b.order);
        const verdict: Verdict = passing.length ? 'in_pathway'
          : events.some((e) => e.type === 'notFail') ? 'insufficient_evidence' : 'off_pathway';
        out.push({ verdict, recommendationId: passing[0]?.id ?? null });
      }
      return out;
    },
  };
}
