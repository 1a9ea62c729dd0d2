import { describe, expect, it } from 'vitest';
import { checkPathway } from '../../../shared/pathway/evaluate';
import { BREAST, LBCL, edition, firstLine, inPathway, insufficient, makeCase, marker, offPathway, priorLine, rx } from './case-builder';

// Line rules with their time conditions (docs/pathway-rules.md §2): 365 days or less, inclusive.

describe('BC-HER2-2L-TDXD at line 1: adjuvant trastuzumab ended at most 365 days before advancedSince', () => {
  const tdxd = (adjuvant: Record<string, unknown>[], advancedSince: string | null = '2025-01-01') => firstLine({
    diagnosis: { ...BREAST, advancedSince }, biomarkers: [marker('HER2', 'IHC3+')], priorAdjuvant: adjuvant,
    treatments: [rx('trastuzumab deruxtecan', 5.4, 'mg/kg', 'q3w')],
  });
  const ended = (endDate: string | null, drugs = ['trastuzumab', 'pertuzumab']) => ({ drugs, endDate, outcome: 'completed' });
  const IN = inPathway('BC-HER2-2L-TDXD');
  // HER2-low fails both its line and its biomarker, so TDXD's single code is the closest.
  const LINE = offPathway('LINE_MISMATCH');

  it('365 days passes, 366 fails (2024 is a leap year)', () => {
    expect(tdxd([ended('2024-01-02')])).toEqual(IN);
    expect(tdxd([ended('2024-01-01')])).toEqual(LINE);
  });

  it('the end date may be the advancedSince date itself, not after it', () => {
    expect(tdxd([ended('2025-01-01')])).toEqual(IN);
    expect(tdxd([ended('2025-01-02')])).toEqual(LINE);
  });

  it('one adjuvant entry in the window suffices', () => {
    expect(tdxd([ended('2020-05-01'), ended('2024-06-30', ['曲妥珠单抗'])])).toEqual(IN);
  });

  it('fails without adjuvant trastuzumab, whatever dates are missing', () => {
    expect(tdxd([])).toEqual(LINE);
    expect(tdxd([ended('2024-06-30', ['docetaxel'])], null)).toEqual(LINE);
  });

  it('missing dates are undocumented', () => {
    expect(tdxd([ended('2024-06-30')], null)).toEqual(insufficient('CRITERION_NOT_DOCUMENTED:advancedSince'));
    expect(tdxd([ended(null)])).toEqual(insufficient('CRITERION_NOT_DOCUMENTED:priorAdjuvant'));
    expect(tdxd([ended('2019-01-01'), ended(null)])).toEqual(insufficient('CRITERION_NOT_DOCUMENTED:priorAdjuvant'));
    expect(tdxd([ended(null)], null)).toEqual(insufficient('CRITERION_NOT_DOCUMENTED:advancedSince', 'CRITERION_NOT_DOCUMENTED:priorAdjuvant'));
  });

  it('at line 2 prior trastuzumab is required instead, and the time condition is not tested', () => {
    const line2 = (priorDrugs: string[], adjuvant: Record<string, unknown>[] = []) => makeCase({
      diagnosis: BREAST, biomarkers: [marker('HER2', 'IHC3+')], priorLines: [priorLine(priorDrugs)], priorAdjuvant: adjuvant,
      treatments: [rx('trastuzumab deruxtecan', 5.4, 'mg/kg', 'q3w')],
    });
    expect(checkPathway(line2(['trastuzumab', 'docetaxel']), edition).lines[0]!.recommendationId).toBe('BC-HER2-2L-TDXD');
    expect(checkPathway(line2(['docetaxel'], [ended('2015-01-01')]), edition).lines[0]!.recommendationId).toBe('BC-HER2-2L-TDXD');
    const missing = checkPathway(line2(['docetaxel']), edition).lines[0]!;
    // TDXD misses prior trastuzumab; HER2-low fails its biomarker: a tie of one code each.
    expect(missing).toMatchObject({ verdict: 'off_pathway', reasons: ['BIOMARKER_MISMATCH', 'PRIOR_THERAPY_MISSING'] });
    const kinds = missing.candidates.find((c) => c.recommendationId === 'BC-HER2-2L-TDXD')!.criteria.map((c) => c.kind);
    expect(kinds).toEqual(['diagnosis', 'priorTherapy', 'her2', 'dose']);
  });
});

describe('LBCL-2L-AXI: the first line ended with progression at most 365 days after it started', () => {
  const axi = (first: Record<string, unknown>) =>
    firstLine({ diagnosis: LBCL, priorLines: [{ drugs: ['rituximab', 'cyclophosphamide'], ...first }], treatments: [rx('阿基仑赛注射液', 1, 'infusion', 'once')] });
  const IN = inPathway('LBCL-2L-AXI');
  const LINE = offPathway('LINE_MISMATCH');

  it('365 days passes, 366 fails', () => {
    expect(axi({ startDate: '2024-01-01', endDate: '2024-12-31', outcome: 'progression' })).toEqual(IN);
    expect(axi({ startDate: '2024-01-01', endDate: '2025-01-01', outcome: 'progression' })).toEqual(LINE);
  });

  it('dates in the wrong order fail', () => {
    expect(axi({ startDate: '2024-06-01', endDate: '2024-05-31', outcome: 'progression' })).toEqual(LINE);
  });

  it('an outcome other than progression fails', () => {
    expect(axi({ startDate: '2024-01-01', endDate: '2024-03-01', outcome: 'intolerance' })).toEqual(LINE);
  });

  it('a documented fact that decides it fails it even when another is missing', () => {
    expect(axi({ startDate: '2022-01-01', endDate: '2024-03-01' })).toEqual(LINE);
    expect(axi({ endDate: '2024-03-01', outcome: 'completed' })).toEqual(LINE);
  });

  it('otherwise a missing date or outcome is undocumented', () => {
    const missing = insufficient('CRITERION_NOT_DOCUMENTED:priorLines');
    expect(axi({ startDate: '2024-01-01', endDate: '2024-03-01' })).toEqual(missing);
    expect(axi({ endDate: '2024-03-01', outcome: 'progression' })).toEqual(missing);
    expect(axi({ startDate: '2024-01-01', outcome: 'progression' })).toEqual(missing);
  });

  it('reads the first entry in list order', () => {
    const c = firstLine({
      diagnosis: LBCL, treatments: [rx('axicabtagene ciloleucel', 1, 'infusion', 'once')],
      priorLines: [{ drugs: ['r-chop'], startDate: '2020-01-01', endDate: '2022-01-01', outcome: 'progression' }, { drugs: ['r-gemox'], startDate: '2024-01-01', endDate: '2024-02-01', outcome: 'progression' }],
    });
    // Line 3 anyway: 3L passes.
    expect(c).toEqual(inPathway('LBCL-3L-AXI'));
  });
});

describe('line numbers', () => {
  it('adjuvant regimens are not lines', () => {
    const c = { diagnosis: BREAST, biomarkers: [marker('HER2', 'IHC3+')], priorAdjuvant: [priorLine(['trastuzumab']), priorLine(['docetaxel'])], treatments: [rx('pertuzumab', 420, 'mg', 'q3w'), rx('trastuzumab', 6, 'mg/kg', 'q3w')] };
    expect(firstLine(c)).toEqual(inPathway('BC-HER2-1L-HP'));
  });

  it('equecabtagene needs line 4', () => {
    const mm = (lines: string[][]) => firstLine({ diagnosis: { icd10: 'C90.0', setting: 'advanced' }, priorLines: lines.map((d) => priorLine(d)), treatments: [rx('伊基奥仑赛注射液', 1, 'infusion', 'once')] });
    expect(mm([['bortezomib', 'lenalidomide'], ['daratumumab']])).toEqual(offPathway('LINE_MISMATCH'));
    expect(mm([['bortezomib', 'lenalidomide'], ['daratumumab'], ['selinexor']])).toEqual(inPathway('MM-4L-EQU'));
    expect(mm([['ixazomib'], ['thalidomide'], ['selinexor']])).toEqual(inPathway('MM-4L-EQU'));
  });
});
