import type { Criterion, Recommendation } from './edition-schema';
import type { CaseFacts } from './case-facts';
import { checkDriverNegative, checkHer2, checkMarkerResults, checkPdl1 } from './biomarkers';
import { checkDose, type Frequency } from './dose';
import {
  checkAdjuvantEndedWithin, checkFirstLineProgressionWithin, checkLine, checkPriorTherapy, describeLines, withinLines,
} from './line-of-therapy';
import { REASON, criterionNotDocumented, type FactRef, type Outcome } from './types';

// Turns a recommendation's criteria (data) into evaluators, once per edition. Each generic kind maps
// to one check; the recommendation id never appears here.

export interface CompiledCriterion {
  kind: string;
  /** The criterion in words, shown with its outcome. */
  label: string;
  atLines: { min?: number | undefined; max?: number | undefined } | undefined;
  evaluate(facts: CaseFacts, treatmentIndex: number): Outcome;
}

export interface CompileContext {
  /** Class id → its drugs (EGFR-TKI, ALK-TKI, PI, IMiD). */
  classes: ReadonlyMap<string, readonly string[]>;
  frequencies: Readonly<Record<string, Frequency>>;
}

/** Which code a diagnosis field's mismatch carries. */
const FIELD_CODES = {
  setting: REASON.SETTING_MISMATCH,
  stage: REASON.SETTING_MISMATCH,
  histology: REASON.SETTING_MISMATCH,
  primarySite: REASON.SETTING_MISMATCH,
  childPugh: REASON.CLINICAL_CRITERION_NOT_MET,
} as const;

const FIELD_NAMES = { setting: 'setting', stage: 'stage', histology: 'histology', primarySite: 'primary site', childPugh: 'Child-Pugh' } as const;

type DiagnosisCriterion = Extract<Criterion, { kind: 'diagnosis' }>;

function diagnosisValue(facts: CaseFacts, field: DiagnosisCriterion['field']): string | null {
  if (field === 'histology') return facts.histology;
  const value = facts.c.diagnosis?.[field];
  if (field === 'stage') return value?.trim().toUpperCase() || null;
  return value ?? null;
}

function compileDiagnosis(c: DiagnosisCriterion): CompiledCriterion {
  const terms = new Set(c.anyOf ?? c.noneOf);
  const wanted = c.anyOf !== undefined;
  const list = [...terms].join(', ');
  const name = FIELD_NAMES[c.field];
  const label = `${name} ${wanted ? (terms.size > 1 ? 'one of ' : 'is ') : 'not '}${list}`;
  return {
    kind: c.kind, label, atLines: c.atLines,
    evaluate(facts) {
      const value = diagnosisValue(facts, c.field);
      const fact: FactRef[] = [{ path: `diagnosis.${c.field}`, value }];
      if (value === null) {
        return { status: 'undocumented', codes: [criterionNotDocumented(c.field)], fact, detail: `${name} not documented` };
      }
      return terms.has(value) === wanted
        ? { status: 'passed', codes: [], fact, detail: `${name} ${value}` }
        : { status: 'failed', codes: [FIELD_CODES[c.field]], fact, detail: `${name} ${value}, expected ${wanted ? '' : 'not '}${list}` };
    },
  };
}

function drugSet(c: { drugs?: string[] | undefined; classes?: string[] | undefined }, ctx: CompileContext) {
  const drugs = new Set(c.drugs);
  for (const id of c.classes ?? []) for (const d of ctx.classes.get(id)!) drugs.add(d);
  return { drugs, label: [...(c.classes ?? []), ...(c.drugs ?? [])].join(', ') };
}

function compileCriterion(c: Criterion, ctx: CompileContext): CompiledCriterion {
  const at = { kind: c.kind, atLines: c.atLines };
  switch (c.kind) {
    case 'diagnosis':
      return compileDiagnosis(c);
    case 'line':
      return { ...at, label: describeLines(c.min, c.max), evaluate: (facts) => checkLine(facts, c.min, c.max) };
    case 'adjuvantEndedWithin': {
      const { drugs, label } = drugSet(c, ctx);
      return {
        ...at, label: `adjuvant ${label} ended at most ${c.days} days before advancedSince`,
        evaluate: (facts) => checkAdjuvantEndedWithin(facts, drugs, c.days, label),
      };
    }
    case 'firstLineProgressionWithin':
      return {
        ...at, label: `first line progressed at most ${c.days} days after it started`,
        evaluate: (facts) => checkFirstLineProgressionWithin(facts, c.days),
      };
    case 'priorTherapy':
    case 'noPriorTherapy': {
      const { drugs, label } = drugSet(c, ctx);
      const required = c.kind === 'priorTherapy';
      return {
        ...at, label: `${required ? 'prior' : 'no prior'} ${label}`,
        evaluate: (facts) => checkPriorTherapy(facts, drugs, c.sources, label, required),
      };
    }
    case 'biomarker':
      return { ...at, label: c.label, evaluate: (facts) => checkMarkerResults(facts.c.biomarkers, c.label, c.anyOf, c.undocumentedAs) };
    case 'her2':
      return { ...at, label: `HER2 ${c.status}`, evaluate: (facts) => checkHer2(facts.c.biomarkers, c.status) };
    case 'pdl1':
      return { ...at, label: `PD-L1 ${c.score.toUpperCase()} >= ${c.min}`, evaluate: (facts) => checkPdl1(facts.c.biomarkers, c.score, c.min) };
    case 'driverNegative':
      return {
        ...at, label: `driver-negative (${c.unlessHistology}, or ${c.markers.join(', ')} negative)`,
        evaluate: (facts) => checkDriverNegative(facts.c.biomarkers, facts.histology, c.markers, c.unlessHistology),
      };
  }
}

/** Companion drugs: every allOf drug and one of each oneOf group among the case's treatments. */
function compileCompanions(w: NonNullable<Recommendation['with']>): CompiledCriterion {
  const groups = [...(w.allOf ?? []).map((d) => [d]), ...(w.oneOf ?? [])];
  const label = `with ${groups.map((g) => (g.length > 1 ? `one of ${g.join(', ')}` : g[0])).join(' and ')}`;
  return {
    kind: 'companions', label, atLines: undefined,
    evaluate(facts) {
      const fact: FactRef[] = [];
      const missing: string[] = [];
      for (const group of groups) {
        const i = facts.treatments.findIndex((t) => group.includes(t.name));
        if (i < 0) missing.push(group.join(' or '));
        else fact.push({ path: `treatments[${i}].drug`, value: facts.c.treatments[i]!.drug });
      }
      return missing.length
        ? { status: 'failed', codes: [REASON.COMPANION_DRUG_MISSING], fact, detail: `missing ${missing.join(', ')}` }
        : { status: 'passed', codes: [], fact, detail: 'companion drugs given' };
    },
  };
}

function compileDose(rec: Recommendation, ctx: CompileContext): CompiledCriterion {
  const d = rec.dose;
  const amount = d.weightBands
    ? d.weightBands.map((b) => `${b.value} ${d.unit}${b.belowKg === undefined ? '' : ` below ${b.belowKg} kg`}`).join(', else ')
    : `${d.value} ${d.unit}`;
  const loading = d.loading === undefined ? '' : ` (cycle 1: ${d.loading} ${d.unit})`;
  return {
    kind: 'dose', label: `dose at most 110% of ${amount} ${d.frequency}${loading}`, atLines: undefined,
    evaluate: (facts, i) => checkDose(facts.c.treatments[i]!, i, facts.c.patient, d, ctx.frequencies),
  };
}

/** Every criterion of a recommendation, in the order the reviewer reads them. */
export function compileRecommendation(rec: Recommendation, ctx: CompileContext): CompiledCriterion[] {
  return [
    ...rec.criteria.map((c) => compileCriterion(c, ctx)),
    ...(rec.with ? [compileCompanions(rec.with)] : []),
    compileDose(rec, ctx),
  ];
}

/** A criterion limited to some lines is not tested outside them (BC-HER2-2L-TDXD). */
export const appliesAt = (c: CompiledCriterion, line: number) => !c.atLines || withinLines(line, c.atLines.min, c.atLines.max);
