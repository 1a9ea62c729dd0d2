import { describe, expect, it } from 'vitest';
import { checkPathway, toCaseResult } from '../../../shared/pathway/evaluate';
import { BREAST, NSCLC_ADENO, edition, makeCase, marker, priorLine, rx, tps } from './case-builder';

// The reviewer's view: every candidate with every criterion, the facts it read (by case path) and why.

describe('candidate explanations', () => {
  const c = makeCase({
    diagnosis: { ...NSCLC_ADENO, setting: 'early', stage: ' iia ' },
    biomarkers: [tps(10), marker('EGFR', ['exon19del'])],
    priorLines: [],
    treatments: [rx('carboplatin'), rx('osimertinib', 80, 'mg', 'qd')],
  });
  const line = checkPathway(c, edition).lines[1]!;

  it('lists the drug\'s candidates of the cancer type, in table order, with their outcome', () => {
    expect(line.candidates.map((x) => [x.recommendationId, x.status])).toEqual([
      ['NSCLC-EGFR-TKI-OSI', 'failed'], ['NSCLC-EGFR-T790M-OSI', 'failed'], ['NSCLC-EGFR-ADJ-OSI', 'passed'],
    ]);
    expect(line).toMatchObject({ verdict: 'in_pathway', recommendationId: 'NSCLC-EGFR-ADJ-OSI', level: 'I', evidence: '1A' });
  });

  it('names each criterion, its codes, the case paths it read and a detail', () => {
    const adj = line.candidates[2]!.criteria;
    expect(adj.map((x) => x.criterion)).toEqual([
      'setting is early', 'stage one of IB, IIA, IIB, IIIA', 'EGFR sensitising', 'dose at most 110% of 80 mg qd',
    ]);
    expect(adj[1]).toMatchObject({ status: 'passed', codes: [], fact: [{ path: 'diagnosis.stage', value: 'IIA' }] });
    expect(adj[2]).toMatchObject({ fact: [{ path: 'biomarkers[1].result', value: ['exon19del'] }], detail: 'EGFR sensitising: EGFR exon19del' });
    const osi = line.candidates[0]!.criteria;
    expect(osi[0]).toMatchObject({ kind: 'diagnosis', status: 'failed', codes: ['SETTING_MISMATCH'], fact: [{ path: 'diagnosis.setting', value: 'early' }], detail: 'setting early, expected advanced' });
    expect(osi[1]).toMatchObject({ criterion: 'no prior EGFR-TKI', status: 'passed', fact: [] });
  });

  it('points at the prior line that conflicts', () => {
    const conflict = makeCase({ diagnosis: NSCLC_ADENO, biomarkers: [marker('EGFR', 'L858R')], priorLines: [priorLine(['cisplatin']), priorLine(['icotinib'])], treatments: [rx('gefitinib', 250, 'mg', 'qd')] });
    const criterion = checkPathway(conflict, edition).lines[0]!.candidates[0]!.criteria[1]!;
    expect(criterion).toMatchObject({ status: 'failed', codes: ['PRIOR_THERAPY_CONFLICT'], fact: [{ path: 'priorLines[1].drugs', value: ['icotinib'] }] });
  });

  it('lists every missing fact of an undocumented criterion', () => {
    const missing = makeCase({ diagnosis: { ...BREAST, advancedSince: null }, biomarkers: [marker('HER2', 'IHC2+')], priorAdjuvant: [{ drugs: ['trastuzumab'] }], treatments: [rx('trastuzumab deruxtecan', 5.4, 'mg/kg', 'q3w')] });
    const tdxd = checkPathway(missing, edition).lines[0]!.candidates[0]!;
    expect(tdxd.status).toBe('undocumented');
    expect(tdxd.criteria.filter((x) => x.status === 'undocumented').map((x) => x.codes)).toEqual([
      ['CRITERION_NOT_DOCUMENTED:advancedSince', 'CRITERION_NOT_DOCUMENTED:priorAdjuvant'], ['BIOMARKER_NOT_DOCUMENTED:HER2'],
    ]);
  });
});

describe('toCaseResult', () => {
  it('keeps the exchange format and its key order', () => {
    const c = makeCase({ diagnosis: NSCLC_ADENO, biomarkers: [marker('EGFR', 'L858R')], treatments: [rx('osimertinib', 80, 'mg', 'qd')] });
    const r = toCaseResult(checkPathway(c, edition));
    expect(JSON.stringify(r)).toBe(JSON.stringify({
      caseId: 'UNIT', edition: 'CDP-2025.1',
      lines: [{ id: 'T1', drug: 'osimertinib', verdict: 'in_pathway', recommendationId: 'NSCLC-EGFR-TKI-OSI', level: 'I', evidence: '1A', reasons: [] }],
    }));
  });

  it('is deterministic', () => {
    const c = makeCase({ diagnosis: NSCLC_ADENO, treatments: [rx('pembrolizumab', 200, 'mg', 'q3w'), rx('xyz')] });
    expect(checkPathway(c, edition)).toEqual(checkPathway(structuredClone(c), edition));
  });
});
