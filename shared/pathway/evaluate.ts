import type { ClinicalCase } from '../domain/case';
import type { Edition } from './edition-schema';
import { collectCaseFacts, type CaseFacts } from './case-facts';
import { compileEdition, type CompiledRecommendation } from './compiled-edition';
import { appliesAt } from './criteria';
import { lookupDrugName } from './drug-names';
import {
  REASON, type CandidateExplanation, type CriterionExplanation, type CriterionStatus, type PathwayCaseResult,
  type PathwayCheck, type PathwayLine,
} from './types';

// The check of docs/pathway-rules.md §3: per treatment line, the candidates of the drug for the case's cancer
// type are tested on every criterion (no short-circuit), then the verdict and reasons are drawn.

function explainCandidate(r: CompiledRecommendation, facts: CaseFacts, treatmentIndex: number): CandidateExplanation {
  const criteria: CriterionExplanation[] = [];
  let status: CriterionStatus = 'passed';
  for (const c of r.criteria) {
    if (!appliesAt(c, facts.line)) continue;
    const o = c.evaluate(facts, treatmentIndex);
    criteria.push({ criterion: c.label, kind: c.kind, status: o.status, codes: o.codes, fact: o.fact, detail: o.detail });
    if (o.status === 'failed') status = 'failed';
    else if (o.status === 'undocumented' && status === 'passed') status = 'undocumented';
  }
  return { recommendationId: r.rec.id, level: r.rec.level, evidence: r.rec.evidence, status, criteria };
}

const sortedUnique = (codes: Iterable<string>) => [...new Set(codes)].sort();

function codesOf(candidate: CandidateExplanation, status: CriterionStatus): string[] {
  const out: string[] = [];
  for (const c of candidate.criteria) if (c.status === status) out.push(...c.codes);
  return out;
}

function lineResult(
  id: string, drug: string, verdict: PathwayLine['verdict'], reasons: string[], candidates: CandidateExplanation[] = [],
  best?: CompiledRecommendation,
): PathwayLine {
  return {
    id, drug, verdict,
    recommendationId: best?.rec.id ?? null, level: best?.rec.level ?? null, evidence: best?.rec.evidence ?? null,
    reasons, candidates,
  };
}

function checkTreatment(facts: CaseFacts, recs: ReadonlyMap<string, readonly CompiledRecommendation[]>, i: number): PathwayLine {
  const t = facts.c.treatments[i]!;
  const { name, known } = facts.treatments[i]!;
  if (!known) return lineResult(t.id, name, 'not_governed', [REASON.UNKNOWN_DRUG]);
  const all = recs.get(name);
  if (!all) return lineResult(t.id, name, 'not_governed', []);
  const candidates = facts.cancerType === null ? [] : all.filter((r) => r.rec.cancerType === facts.cancerType);
  if (!candidates.length) return lineResult(t.id, name, 'off_pathway', [REASON.NOT_INDICATED_FOR_DIAGNOSIS]);

  const explained = candidates.map((r) => explainCandidate(r, facts, i));
  // Best level first; candidates are in table order, so the first of a level wins a tie.
  let best: CompiledRecommendation | undefined;
  explained.forEach((e, k) => {
    const r = candidates[k]!;
    if (e.status === 'passed' && (!best || r.levelRank < best.levelRank)) best = r;
  });
  if (best) return lineResult(t.id, name, 'in_pathway', [], explained, best);

  const undocumented = explained.filter((e) => e.status === 'undocumented');
  if (undocumented.length) {
    return lineResult(t.id, name, 'insufficient_evidence', sortedUnique(undocumented.flatMap((e) => codesOf(e, 'undocumented'))), explained);
  }
  // Off pathway: the failing codes of the closest candidates (fewest distinct failing codes).
  const failing = explained.map((e) => new Set(codesOf(e, 'failed')));
  const fewest = Math.min(...failing.map((s) => s.size));
  return lineResult(t.id, name, 'off_pathway', sortedUnique(failing.filter((s) => s.size === fewest).flatMap((s) => [...s])), explained);
}

/** Checks every treatment line of a case against an edition. Pure and deterministic. */
export function checkPathway(c: ClinicalCase, edition: Edition): PathwayCheck {
  const compiled = compileEdition(edition);
  const facts = collectCaseFacts(c, compiled.drugNames, compiled.cancerTypes);
  return {
    caseId: c.caseId,
    edition: edition.id,
    cancerType: facts.cancerType,
    lines: c.treatments.map((_, i) => checkTreatment(facts, compiled.candidates, i)),
  };
}

/** The exchange-format result (docs/case-format.md), in its key order. */
export function toCaseResult(check: PathwayCheck): PathwayCaseResult {
  return {
    caseId: check.caseId,
    edition: check.edition,
    lines: check.lines.map((l) => ({
      id: l.id, drug: l.drug, verdict: l.verdict, recommendationId: l.recommendationId, level: l.level, evidence: l.evidence, reasons: l.reasons,
    })),
  };
}

/** The English lower-case name a claim's drug name stands for (unknown names: trimmed, lower-cased). */
export function normaliseDrugName(name: string, edition: Edition): string {
  return lookupDrugName(name, compileEdition(edition).drugNames).name;
}
