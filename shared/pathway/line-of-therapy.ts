import type { CaseFacts } from './case-facts';
import { REASON, criterionNotDocumented, type FactRef, type Outcome } from './types';

// Line rules (docs/pathway-rules.md §2): the line number, the prior-therapy requirements and conflicts, and the
// two time conditions. Dates are whole days; "365 days or less" includes 365.

export type PriorSource = 'priorLines' | 'priorAdjuvant';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (validated by the case schema). */
export function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / MS_PER_DAY;
}

const outcome = (status: Outcome['status'], codes: string[], fact: FactRef[], detail: string): Outcome =>
  ({ status, codes, fact, detail });
const lineMismatch = (fact: FactRef[], detail: string) => outcome('failed', [REASON.LINE_MISMATCH], fact, detail);

export function describeLines(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && min === max) return `line ${min}`;
  if (max === undefined) return `line >= ${min ?? 1}`;
  if (min === undefined) return `line <= ${max}`;
  return `line ${min} to ${max}`;
}

export const withinLines = (line: number, min: number | undefined, max: number | undefined) =>
  (min === undefined || line >= min) && (max === undefined || line <= max);

export function checkLine(facts: CaseFacts, min: number | undefined, max: number | undefined): Outcome {
  const fact = [{ path: 'priorLines', value: facts.c.priorLines?.length ?? 0 }];
  const rule = describeLines(min, max);
  return withinLines(facts.line, min, max)
    ? outcome('passed', [], fact, `line ${facts.line} meets ${rule}`)
    : lineMismatch(fact, `line ${facts.line} does not meet ${rule}`);
}

/** `prior X` (must have been given) or `no prior X` (must not): X is any drug of `drugs`. */
export function checkPriorTherapy(
  facts: CaseFacts, drugs: ReadonlySet<string>, sources: readonly PriorSource[], label: string, required: boolean,
): Outcome {
  const fact: FactRef[] = [];
  for (const source of sources) {
    facts[source].forEach((names, i) => {
      if (names.some((n) => drugs.has(n))) fact.push({ path: `${source}[${i}].drugs`, value: facts.c[source]![i]!.drugs });
    });
  }
  const given = fact.length > 0;
  if (given === required) return outcome('passed', [], fact, `${given ? '' : 'no '}${label} in ${sources.join(' or ')}`);
  return required
    ? outcome('failed', [REASON.PRIOR_THERAPY_MISSING], fact, `no ${label} in ${sources.join(' or ')}`)
    : outcome('failed', [REASON.PRIOR_THERAPY_CONFLICT], fact, `${label} was given`);
}

/**
 * An adjuvant regimen with one of `drugs` ended 0..`days` days before diagnosis.advancedSince; one
 * entry in the window suffices. Without such an entry the rule fails whatever dates are missing.
 */
export function checkAdjuvantEndedWithin(facts: CaseFacts, drugs: ReadonlySet<string>, days: number, label: string): Outcome {
  const advancedSince = facts.c.diagnosis?.advancedSince ?? null;
  const fact: FactRef[] = [{ path: 'diagnosis.advancedSince', value: advancedSince }];
  let entries = 0;
  let endMissing = false;
  for (let i = 0; i < facts.priorAdjuvant.length; i++) {
    if (!facts.priorAdjuvant[i]!.some((n) => drugs.has(n))) continue;
    entries++;
    const end = facts.c.priorAdjuvant![i]!.endDate;
    fact.push({ path: `priorAdjuvant[${i}].endDate`, value: end ?? null });
    if (!end) { endMissing = true; continue; }
    if (!advancedSince) continue;
    const gap = dayNumber(advancedSince) - dayNumber(end);
    if (gap >= 0 && gap <= days) return outcome('passed', [], fact, `adjuvant ${label} ended ${gap} days before advancedSince`);
  }
  if (entries === 0) return lineMismatch(fact, `line 1 without adjuvant ${label}`);
  const codes: string[] = [];
  if (!advancedSince) codes.push(criterionNotDocumented('advancedSince'));
  if (endMissing) codes.push(criterionNotDocumented('priorAdjuvant'));
  if (codes.length) return outcome('undocumented', codes, fact, 'a date the time condition needs is missing');
  return lineMismatch(fact, `no adjuvant ${label} ended 0 to ${days} days before advancedSince`);
}

/**
 * The first priorLines entry (list order) ended with progression 0..`days` days after it started.
 * A documented fact that already decides it (outcome, or both dates) fails it before any gap is
 * reported as missing.
 */
export function checkFirstLineProgressionWithin(facts: CaseFacts, days: number): Outcome {
  const first = facts.c.priorLines?.[0];
  if (!first) return lineMismatch([{ path: 'priorLines', value: 0 }], 'no first line');
  const { startDate, endDate, outcome: result } = first;
  const fact: FactRef[] = [
    { path: 'priorLines[0].outcome', value: result ?? null },
    { path: 'priorLines[0].startDate', value: startDate ?? null },
    { path: 'priorLines[0].endDate', value: endDate ?? null },
  ];
  if (result && result !== 'progression') return lineMismatch(fact, `first line ended with ${result}`);
  if (startDate && endDate) {
    const length = dayNumber(endDate) - dayNumber(startDate);
    if (length < 0) return lineMismatch(fact, 'first line ends before it starts');
    if (length > days) return lineMismatch(fact, `first line lasted ${length} days > ${days}`);
  }
  if (!result || !startDate || !endDate) {
    return outcome('undocumented', [criterionNotDocumented('priorLines')], fact, 'first line outcome or dates missing');
  }
  return outcome('passed', [], fact, 'first line progressed within the window');
}
