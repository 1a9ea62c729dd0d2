import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EditionError, parseEdition } from '../../../shared/pathway/edition-schema';
import { listEditionIds, loadEdition } from '../../../src-main/editions/load-edition';
import { FREQUENCIES } from '../../../shared/domain/vocabulary';

// The shipped edition parses, and a broken copy is rejected with a message that names the rule.

const file = fileURLToPath(new URL('../../../resources/guidelines/CDP-2025.1.json', import.meta.url));
/** The edition file as plain JSON, typed just enough to break it. */
interface RecommendationJson {
  id: string; drug: string; level: string; cancerType: string; dose: unknown; with?: unknown; text: Partial<Record<string, string>>;
  criteria: { kind: string; drugs?: string[]; classes?: string[]; anyOf?: string[] }[];
}
interface EditionJson { recommendations: RecommendationJson[]; frequencies: Partial<Record<string, unknown>> }

const shipped = () => JSON.parse(readFileSync(file, 'utf8')) as EditionJson;
const rec = (json: EditionJson, id: string) => json.recommendations.find((r) => r.id === id)!;
const indexOf = (json: EditionJson, id: string) => json.recommendations.findIndex((r) => r.id === id);

describe('the shipped edition', () => {
  it('is listed and loads, once per process', () => {
    expect(listEditionIds()).toContain('CDP-2025.1');
    const e = loadEdition();
    expect(e.id).toBe('CDP-2025.1');
    expect(loadEdition('CDP-2025.1')).toBe(e);
    expect(() => loadEdition('CDP-1999.9')).toThrow(/unknown clinical-pathway edition CDP-1999\.9/);
  });

  it('holds the 40 recommendations, 48 drugs, 7 cancer types and the frequency vocabulary', () => {
    const e = parseEdition(shipped());
    expect(e.recommendations).toHaveLength(40);
    expect(e.drugs).toHaveLength(48);
    expect(e.cancerTypes.map((t) => t.id)).toEqual(['NSCLC', 'BREAST', 'CRC', 'GASTRIC', 'HCC', 'LBCL', 'MM']);
    expect(Object.keys(e.frequencies).sort()).toEqual([...FREQUENCIES].sort());
    expect(e.drugClasses.map((c) => c.id)).toEqual(['EGFR-TKI', 'ALK-TKI', 'PI', 'IMiD']);
  });

  it('gives every recommendation a citation text in both languages', () => {
    for (const r of parseEdition(shipped()).recommendations) {
      expect(r.text.en).toContain(r.id);
      expect(r.text['zh-CN']).toContain(r.id);
      expect(r.text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('a broken edition', () => {
  const rejects = (mutate: (json: EditionJson) => void) => {
    const json = shipped();
    mutate(json);
    try {
      parseEdition(json);
    } catch (e) {
      expect(e).toBeInstanceOf(EditionError);
      return (e as Error).message;
    }
    throw new Error('accepted a broken edition');
  };

  it('a dose that is not above 0', () => {
    const message = rejects((j) => { rec(j, 'NSCLC-ALK-2L-LOR').dose = { unit: 'mg', frequency: 'qd', value: 0 }; });
    expect(message).toBe(`recommendations[${indexOf(shipped(), 'NSCLC-ALK-2L-LOR')}] (NSCLC-ALK-2L-LOR).dose.value: expected a number above 0`);
  });

  it('an unknown frequency, level or criterion kind', () => {
    expect(rejects((j) => { rec(j, 'HCC-SOR').dose = { unit: 'mg', frequency: 'q5d', value: 400 }; }))
      .toMatch(/^recommendations\[\d+\] \(HCC-SOR\)\.dose\.frequency: expected one of qd, /);
    expect(rejects((j) => { rec(j, 'HCC-SOR').level = 'IV'; })).toMatch(/\(HCC-SOR\)\.level: expected one of I, II, III$/);
    expect(rejects((j) => { rec(j, 'HCC-DON').criteria.push({ kind: 'astrology' }); })).toMatch(/\(HCC-DON\)\.criteria\[3\]\.kind: expected a criterion of a known kind$/);
  });

  it('a weight-banded dose out of order, or a dose with both forms', () => {
    expect(rejects((j) => { rec(j, 'HCC-LEN').dose = { unit: 'mg', frequency: 'qd', weightBands: [{ value: 12 }, { belowKg: 60, value: 8 }] }; }))
      .toMatch(/\(HCC-LEN\)\.dose\.weightBands\[0\]\.belowKg: expected belowKg$/);
    expect(rejects((j) => { rec(j, 'HCC-LEN').dose = { unit: 'mg', frequency: 'qd', value: 8, weightBands: [{ value: 12 }] }; }))
      .toMatch(/\(HCC-LEN\)\.dose\.value: expected exactly one of value, weightBands$/);
  });

  it('a governed, companion or prior drug that is not in the drug table', () => {
    expect(rejects((j) => { rec(j, 'HCC-SOR').drug = 'sorafenib tosylate'; })).toMatch(/\(HCC-SOR\)\.drug: unknown drug sorafenib tosylate$/);
    expect(rejects((j) => { rec(j, 'HCC-ATE-BEV').with = { allOf: ['bevacizumab-awwb'] }; })).toMatch(/\(HCC-ATE-BEV\)\.with\.allOf\[0\]: unknown drug bevacizumab-awwb$/);
    expect(rejects((j) => { rec(j, 'NSCLC-ALK-2L-LOR').criteria[2]!.drugs!.push('brigatinb'); }))
      .toMatch(/\(NSCLC-ALK-2L-LOR\)\.criteria\[2\]\.drugs\[4\]: unknown drug brigatinb$/);
  });

  it('an unknown drug class, cancer type or setting term', () => {
    expect(rejects((j) => { rec(j, 'NSCLC-EGFR-TKI-OSI').criteria[1]!.classes = ['EGFR-TKIs']; }))
      .toMatch(/\(NSCLC-EGFR-TKI-OSI\)\.criteria\[1\]\.classes\[0\]: unknown drug class EGFR-TKIs$/);
    expect(rejects((j) => { rec(j, 'MM-4L-EQU').cancerType = 'MYELOMA'; })).toMatch(/\(MM-4L-EQU\)\.cancerType: unknown cancer type MYELOMA$/);
    expect(rejects((j) => { rec(j, 'HCC-SOR').criteria[0]!.anyOf = ['metastatic']; }))
      .toMatch(/\(HCC-SOR\)\.criteria\[0\]: setting metastatic is not in the case vocabulary$/);
  });

  it('a duplicate recommendation id', () => {
    const message = rejects((j) => { rec(j, 'HCC-DON').id = 'HCC-SOR'; });
    expect(message).toBe(`recommendations[${indexOf(shipped(), 'HCC-DON')}] (HCC-SOR).id: duplicate recommendation id HCC-SOR`);
  });

  it('a missing citation text', () => {
    expect(rejects((j) => { delete rec(j, 'LBCL-3L-REL').text['zh-CN']; })).toMatch(/\(LBCL-3L-REL\)\.text\.zh-CN: expected a string$/);
  });

  it('a frequency of the case vocabulary left out', () => {
    expect(rejects((j) => { delete j.frequencies.q6w; })).toBe('frequencies.q6w: missing frequency of the case vocabulary');
  });
});
