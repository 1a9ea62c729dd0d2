import type { Biomarker } from '../domain/case';
import { REASON, criterionNotDocumented, markerNotDocumented, type FactRef, type Outcome } from './types';

// Biomarker facts of docs/pathway-rules.md §1. A marker is documented by its FIRST entry only, and only when
// that entry carries a result (an empty list is no result). Derived facts are three-valued:
// true, false, or null (not documented).

type Markers = readonly Biomarker[] | null | undefined;
type Tri = boolean | null;

export function firstEntry(markers: Markers, marker: string): number {
  if (!markers) return -1;
  for (let i = 0; i < markers.length; i++) if (markers[i]!.marker === marker) return i;
  return -1;
}

/** The entry's results as a list, or null when it documents none. */
export function resultsOf(entry: Biomarker | undefined): readonly string[] | null {
  const r = entry?.result;
  if (typeof r === 'string') return [r];
  if (Array.isArray(r) && r.length > 0) return r as string[];
  return null;
}

const resultFact = (i: number, markers: Markers): FactRef => ({ path: `biomarkers[${i}].result`, value: markers![i]!.result });

const passed = (fact: FactRef[], detail: string): Outcome => ({ status: 'passed', codes: [], fact, detail });
const failed = (fact: FactRef[], detail: string): Outcome => ({ status: 'failed', codes: [REASON.BIOMARKER_MISMATCH], fact, detail });
const undocumented = (codes: string[], fact: FactRef[], detail: string): Outcome => ({ status: 'undocumented', codes, fact, detail });

/** Met when one alternative's marker is documented with a qualifying result (MSI-H or dMMR). */
export function checkMarkerResults(
  markers: Markers, label: string, anyOf: readonly { marker: string; results: readonly string[] }[], undocumentedAs: string,
): Outcome {
  const fact: FactRef[] = [];
  const seen: string[] = [];
  let met = false;
  for (const alt of anyOf) {
    const i = firstEntry(markers, alt.marker);
    const results = resultsOf(markers?.[i]);
    if (!results) continue;
    fact.push(resultFact(i, markers));
    seen.push(`${alt.marker} ${results.join(', ')}`);
    if (results.some((r) => alt.results.includes(r))) met = true;
  }
  if (met) return passed(fact, `${label}: ${seen.join('; ')}`);
  if (fact.length) return failed(fact, `not ${label}: ${seen.join('; ')}`);
  return undocumented([markerNotDocumented(undocumentedAs)], fact, `${anyOf.map((a) => a.marker).join(' / ')} not documented`);
}

export type Her2Status = 'positive' | 'low' | 'negative';

/** One IHC result's HER2 status; IHC2+ needs the reflex ISH result to be classified at all. */
function her2Of(ihc: string, ish: string | null | undefined, status: Her2Status): Tri {
  const byIsh = ish === 'positive' ? 'positive' : ish === 'negative' ? 'negative' : null;
  switch (ihc) {
    case 'IHC3+': return status === 'positive';
    case 'IHC2+': return byIsh === null ? null : byIsh === 'positive' ? status === 'positive' : status !== 'positive';
    case 'IHC1+': return status !== 'positive';
    case 'IHC0': return status === 'negative';
    default: return false;
  }
}

export function checkHer2(markers: Markers, status: Her2Status): Outcome {
  const i = firstEntry(markers, 'HER2');
  const results = resultsOf(markers?.[i]);
  if (!results) return undocumented([markerNotDocumented('HER2')], [], 'HER2 not documented');
  const entry = markers![i]!;
  const fact = [resultFact(i, markers)];
  if (entry.ish != null) fact.push({ path: `biomarkers[${i}].ish`, value: entry.ish });
  let verdict: Tri = false;
  for (const r of results) {
    const v = her2Of(r, entry.ish, status);
    if (v) { verdict = true; break; }
    if (v === null) verdict = null;
  }
  if (verdict) return passed(fact, `HER2 ${status}`);
  if (verdict === false) return failed(fact, `HER2 is not ${status}`);
  return undocumented([markerNotDocumented('HER2')], fact, 'HER2 IHC2+ without an ISH result');
}

export function checkPdl1(markers: Markers, score: 'tps' | 'cps', min: number): Outcome {
  const i = firstEntry(markers, 'PD-L1');
  const value = i < 0 ? null : markers![i]![score];
  const name = score.toUpperCase();
  if (value == null) return undocumented([markerNotDocumented('PD-L1')], [], `PD-L1 ${name} not documented`);
  const fact = [{ path: `biomarkers[${i}].${score}`, value }];
  return value >= min ? passed(fact, `PD-L1 ${name} ${value} >= ${min}`) : failed(fact, `PD-L1 ${name} ${value} < ${min}`);
}

/**
 * Driver-negative: squamous histology, or every driver marker documented negative (negative is the
 * sole result). It fails only when histology is documented, not squamous, and a driver is documented
 * otherwise; an absent histology might be squamous, so it is reported missing, never "not squamous".
 */
export function checkDriverNegative(
  markers: Markers, histology: string | null, drivers: readonly string[], unlessHistology: string,
): Outcome {
  const fact: FactRef[] = [{ path: 'diagnosis.histology', value: histology }];
  if (histology === unlessHistology) return passed(fact, `histology ${histology}`);
  const missing: string[] = [];
  const positive: string[] = [];
  for (const m of drivers) {
    const i = firstEntry(markers, m);
    const results = resultsOf(markers?.[i]);
    if (!results) { missing.push(m); continue; }
    fact.push(resultFact(i, markers));
    if (!results.every((r) => r === 'negative')) positive.push(m);
  }
  if (!missing.length && !positive.length) return passed(fact, `${drivers.join(', ')} negative`);
  if (histology !== null && positive.length) {
    return failed(fact, `histology ${histology} and ${positive.join(', ')} not negative`);
  }
  const codes = missing.map(markerNotDocumented);
  if (histology === null) codes.push(criterionNotDocumented('histology'));
  const gaps = [...missing, ...(histology === null ? ['histology'] : [])];
  return undocumented(codes, fact, `${gaps.join(', ')} not documented`);
}
