import { describe, expect, it } from 'vitest';
import { checkPathway } from '../../../shared/pathway/evaluate';
import { parseEdition } from '../../../shared/pathway/edition-schema';
import {
  BREAST, CRC_LEFT, DRIVER_NEGATIVE, GASTRIC, HCC_A, LBCL, NSCLC_ADENO, edition, firstLine, inPathway, insufficient,
  makeCase, marker, notGoverned, offPathway, priorLine, rx, tps,
} from './case-builder';

// Verdicts and reason codes of docs/pathway-rules.md §3, one case per code, worked out by hand from the rules.

const OSI = rx('osimertinib', 80, 'mg', 'qd');
const L858R = [marker('EGFR', ['L858R'])];

describe('governed and unknown drugs', () => {
  it('an unknown drug is not governed, with UNKNOWN_DRUG, and named trimmed and lower-case', () => {
    const r = firstLine({ diagnosis: NSCLC_ADENO, treatments: [rx(' Rituximab ', 375, 'mg/m2', 'qw')] });
    expect(r).toEqual(notGoverned('UNKNOWN_DRUG'));
  });

  it('a known drug no recommendation governs is not governed, without reasons', () => {
    for (const drug of ['bevacizumab', 'pemetrexed', 'dacomitinib', 'leucovorin', '氟尿嘧啶']) {
      expect(firstLine({ diagnosis: HCC_A, treatments: [rx(drug)] })).toEqual(notGoverned());
    }
  });

  it('a governed drug without a recommendation for the cancer type is NOT_INDICATED_FOR_DIAGNOSIS', () => {
    expect(firstLine({ diagnosis: BREAST, treatments: [rx('pembrolizumab', 200, 'mg', 'q3w')] })).toEqual(offPathway('NOT_INDICATED_FOR_DIAGNOSIS'));
    expect(firstLine({ diagnosis: { ...NSCLC_ADENO, icd10: null }, biomarkers: L858R, treatments: [OSI] })).toEqual(offPathway('NOT_INDICATED_FOR_DIAGNOSIS'));
    expect(firstLine({ diagnosis: null, treatments: [OSI] })).toEqual(offPathway('NOT_INDICATED_FOR_DIAGNOSIS'));
    expect(firstLine({ diagnosis: { ...HCC_A, icd10: 'C22.1' }, treatments: [rx('sorafenib', 400, 'mg', 'bid')] })).toEqual(offPathway('NOT_INDICATED_FOR_DIAGNOSIS'));
  });

  it('a C34 case of small-cell histology is not NSCLC', () => {
    const c = { diagnosis: { ...NSCLC_ADENO, histology: 'small_cell' }, biomarkers: L858R, treatments: [OSI] };
    expect(firstLine(c)).toEqual(offPathway('NOT_INDICATED_FOR_DIAGNOSIS'));
  });
});

describe('failing codes', () => {
  it('SETTING_MISMATCH: early disease of a stage the adjuvant rule does not cover', () => {
    const c = { diagnosis: { ...NSCLC_ADENO, setting: 'early', stage: 'IIIB' }, biomarkers: L858R, treatments: [OSI] };
    expect(firstLine(c)).toEqual(offPathway('SETTING_MISMATCH'));
  });

  it('SETTING_MISMATCH: primary site', () => {
    const c = { diagnosis: { ...CRC_LEFT, primarySite: 'right' }, biomarkers: [marker('RAS', 'mutant'), marker('BRAF', 'wild_type')], treatments: [rx('cetuximab', 250, 'mg/m2', 'qw'), rx('oxaliplatin')] };
    // L: site and RAS fail; R: RAS fails only.
    expect(firstLine(c)).toEqual(offPathway('BIOMARKER_MISMATCH'));
  });

  it('LINE_MISMATCH: pertuzumab beyond line 1', () => {
    const c = { diagnosis: BREAST, biomarkers: [marker('HER2', 'IHC3+')], priorLines: [priorLine(['docetaxel'])], treatments: [rx('pertuzumab', 420, 'mg', 'q3w'), rx('trastuzumab', 6, 'mg/kg', 'q3w')] };
    expect(firstLine(c)).toEqual(offPathway('LINE_MISMATCH'));
  });

  it('PRIOR_THERAPY_MISSING: pyrotinib without prior trastuzumab', () => {
    const c = { diagnosis: BREAST, biomarkers: [marker('HER2', 'IHC3+')], priorLines: [priorLine(['docetaxel'])], treatments: [rx('pyrotinib', 400, 'mg', 'qd'), rx('capecitabine')] };
    expect(firstLine(c)).toEqual(offPathway('PRIOR_THERAPY_MISSING'));
  });

  it('PRIOR_THERAPY_MISSING: equecabtagene without an immunomodulator', () => {
    const c = { diagnosis: { icd10: 'C90.0', setting: 'advanced' }, priorLines: [priorLine(['bortezomib']), priorLine(['carfilzomib']), priorLine(['daratumumab'])], treatments: [rx('equecabtagene autoleucel', 1, 'infusion', 'once')] };
    expect(firstLine(c)).toEqual(offPathway('PRIOR_THERAPY_MISSING'));
  });

  it('PRIOR_THERAPY_CONFLICT: a first-generation TKI after another EGFR-TKI', () => {
    const c = { diagnosis: NSCLC_ADENO, biomarkers: L858R, priorLines: [priorLine(['erlotinib'])], treatments: [rx('gefitinib', 250, 'mg', 'qd')] };
    expect(firstLine(c)).toEqual(offPathway('PRIOR_THERAPY_CONFLICT'));
  });

  it('an adjuvant EGFR-TKI is no conflict ("no prior EGFR-TKI" reads priorLines)', () => {
    const c = { diagnosis: NSCLC_ADENO, biomarkers: L858R, priorAdjuvant: [priorLine(['osimertinib'])], treatments: [OSI] };
    expect(firstLine(c)).toEqual(inPathway('NSCLC-EGFR-TKI-OSI'));
  });

  it('BIOMARKER_MISMATCH: ALK negative', () => {
    const c = { diagnosis: NSCLC_ADENO, biomarkers: [marker('ALK', 'negative')], treatments: [rx('alectinib', 600, 'mg', 'bid')] };
    expect(firstLine(c)).toEqual(offPathway('BIOMARKER_MISMATCH'));
  });

  it('CLINICAL_CRITERION_NOT_MET: Child-Pugh C', () => {
    expect(firstLine({ diagnosis: { ...HCC_A, childPugh: 'C' }, treatments: [rx('sorafenib', 400, 'mg', 'bid')] })).toEqual(offPathway('CLINICAL_CRITERION_NOT_MET'));
  });

  it('COMPANION_DRUG_MISSING: atezolizumab for HCC without bevacizumab, and a one-of group unmet', () => {
    expect(firstLine({ diagnosis: HCC_A, treatments: [rx('atezolizumab', 1200, 'mg', 'q3w')] })).toEqual(offPathway('COMPANION_DRUG_MISSING'));
    const nsq = { diagnosis: NSCLC_ADENO, biomarkers: [...DRIVER_NEGATIVE, tps(5)], treatments: [rx('sintilimab', 200, 'mg', 'q3w'), rx('pemetrexed'), rx('oxaliplatin')] };
    expect(firstLine(nsq)).toEqual(offPathway('COMPANION_DRUG_MISSING'));
  });

  it('companion drugs named in Chinese count', () => {
    const nsq = { diagnosis: NSCLC_ADENO, biomarkers: DRIVER_NEGATIVE, treatments: [rx('信迪利单抗', 200, 'mg', 'q3w'), rx(' 培美曲塞'), rx('顺铂 ')] };
    expect(firstLine(nsq)).toEqual(inPathway('NSCLC-NSQ-SIN-CHEMO'));
  });

  it('DOSE_ABOVE_RECOMMENDED', () => {
    expect(firstLine({ diagnosis: HCC_A, treatments: [rx('sorafenib', 600, 'mg', 'bid')] })).toEqual(offPathway('DOSE_ABOVE_RECOMMENDED'));
  });
});

describe('undocumented facts', () => {
  const cases: [string, Parameters<typeof firstLine>[0], string[]][] = [
    ['setting', { diagnosis: { ...NSCLC_ADENO, setting: null }, biomarkers: [marker('ALK', 'positive')], treatments: [rx('alectinib', 600, 'mg', 'bid')] }, ['CRITERION_NOT_DOCUMENTED:setting']],
    ['stage', { diagnosis: { ...NSCLC_ADENO, setting: 'early', stage: null }, biomarkers: L858R, treatments: [OSI] }, ['CRITERION_NOT_DOCUMENTED:stage']],
    ['histology', { diagnosis: { ...NSCLC_ADENO, histology: null }, biomarkers: DRIVER_NEGATIVE, treatments: [rx('sintilimab', 200, 'mg', 'q3w'), rx('pemetrexed'), rx('carboplatin')] }, ['CRITERION_NOT_DOCUMENTED:histology']],
    ['primarySite', { diagnosis: { ...CRC_LEFT, primarySite: null }, biomarkers: [marker('RAS', 'wild_type')], treatments: [rx('cetuximab', 250, 'mg/m2', 'qw'), rx('irinotecan')] }, ['BIOMARKER_NOT_DOCUMENTED:BRAF', 'CRITERION_NOT_DOCUMENTED:primarySite']],
    ['childPugh', { diagnosis: { ...HCC_A, childPugh: null }, treatments: [rx('donafenib', 200, 'mg', 'bid')] }, ['CRITERION_NOT_DOCUMENTED:childPugh']],
    ['weightKg', { diagnosis: BREAST, patient: { heightCm: 160 }, biomarkers: [marker('HER2', 'IHC3+')], treatments: [rx('trastuzumab', 6, 'mg/kg', 'q3w')] }, ['CRITERION_NOT_DOCUMENTED:weightKg']],
    ['heightCm', { diagnosis: CRC_LEFT, patient: { weightKg: 60 }, biomarkers: [marker('RAS', 'wild_type'), marker('BRAF', 'wild_type')], treatments: [rx('cetuximab', 250, 'mg/m2', 'qw'), rx('irinotecan')] }, ['CRITERION_NOT_DOCUMENTED:heightCm']],
    ['weight and height', { diagnosis: CRC_LEFT, patient: null, biomarkers: [marker('RAS', 'wild_type'), marker('BRAF', 'wild_type')], treatments: [rx('cetuximab', 250, 'mg/m2', 'qw'), rx('irinotecan')] }, ['CRITERION_NOT_DOCUMENTED:heightCm', 'CRITERION_NOT_DOCUMENTED:weightKg']],
    ['dose', { diagnosis: NSCLC_ADENO, biomarkers: L858R, treatments: [rx('osimertinib', undefined, undefined, 'qd')] }, ['CRITERION_NOT_DOCUMENTED:dose']],
    ['frequency', { diagnosis: NSCLC_ADENO, biomarkers: L858R, treatments: [rx('osimertinib', 80, 'mg')] }, ['CRITERION_NOT_DOCUMENTED:frequency']],
    ['dose and frequency, but not weight', { diagnosis: BREAST, patient: null, biomarkers: [marker('HER2', 'IHC3+')], treatments: [rx('trastuzumab')] }, ['CRITERION_NOT_DOCUMENTED:dose', 'CRITERION_NOT_DOCUMENTED:frequency']],
    ['EGFR', { diagnosis: NSCLC_ADENO, biomarkers: [tps(5)], treatments: [OSI] }, ['BIOMARKER_NOT_DOCUMENTED:EGFR']],
    ['ALK', { diagnosis: NSCLC_ADENO, treatments: [rx('ensartinib', 225, 'mg', 'qd')] }, ['BIOMARKER_NOT_DOCUMENTED:ALK']],
    ['ROS1', { diagnosis: NSCLC_ADENO, treatments: [rx('entrectinib', 600, 'mg', 'qd')] }, ['BIOMARKER_NOT_DOCUMENTED:ROS1']],
    ['PD-L1', { diagnosis: NSCLC_ADENO, biomarkers: DRIVER_NEGATIVE, treatments: [rx('atezolizumab', 1200, 'mg', 'q3w')] }, ['BIOMARKER_NOT_DOCUMENTED:PD-L1']],
    ['PD-L1 without the TPS the rule needs', { diagnosis: NSCLC_ADENO, biomarkers: [...DRIVER_NEGATIVE, { marker: 'PD-L1', cps: 60 }], treatments: [rx('atezolizumab', 1200, 'mg', 'q3w')] }, ['BIOMARKER_NOT_DOCUMENTED:PD-L1']],
    ['PD-L1 without the CPS the rule needs', { diagnosis: GASTRIC, biomarkers: [marker('HER2', 'IHC1+'), tps(80)], treatments: [rx('nivolumab', 360, 'mg', 'q3w'), rx('oxaliplatin')] }, ['BIOMARKER_NOT_DOCUMENTED:PD-L1']],
    ['HER2', { diagnosis: BREAST, treatments: [rx('trastuzumab', 6, 'mg/kg', 'q3w')] }, ['BIOMARKER_NOT_DOCUMENTED:HER2']],
    ['RAS and BRAF', { diagnosis: CRC_LEFT, treatments: [rx('cetuximab', 250, 'mg/m2', 'qw'), rx('irinotecan')] }, ['BIOMARKER_NOT_DOCUMENTED:BRAF', 'BIOMARKER_NOT_DOCUMENTED:RAS']],
    ['MSI', { diagnosis: CRC_LEFT, treatments: [rx('pembrolizumab', 200, 'mg', 'q3w')] }, ['BIOMARKER_NOT_DOCUMENTED:MSI']],
  ];
  it.each(cases)('%s', (_name, parts, reasons) => {
    expect(firstLine(parts)).toEqual(insufficient(...reasons));
  });

  it('reports only the candidates without a failing criterion, sorted and without duplicates', () => {
    // PEM-MONO: driver-negative and PD-L1 undocumented; NSQ and SQ fail on the missing companions.
    const c = { diagnosis: { ...NSCLC_ADENO, histology: null }, treatments: [rx('pembrolizumab', 200, 'mg', 'q3w')] };
    expect(firstLine(c)).toEqual(insufficient(
      'BIOMARKER_NOT_DOCUMENTED:ALK', 'BIOMARKER_NOT_DOCUMENTED:EGFR', 'BIOMARKER_NOT_DOCUMENTED:PD-L1',
      'BIOMARKER_NOT_DOCUMENTED:ROS1', 'CRITERION_NOT_DOCUMENTED:histology',
    ));
  });

  it('unions the undocumented codes of several candidates', () => {
    // T-DXd at line 1: TDXD misses advancedSince; HER2-low fails its line rule and is left out.
    // Cetuximab with neither site nor BRAF: both sided rules report both.
    const tdxd = { diagnosis: { ...BREAST, advancedSince: null }, biomarkers: [marker('HER2', 'IHC3+')], priorAdjuvant: [priorLine(['trastuzumab'])], treatments: [rx('trastuzumab deruxtecan', 5.4, 'mg/kg', 'q3w')] };
    expect(firstLine(tdxd)).toEqual(insufficient('CRITERION_NOT_DOCUMENTED:advancedSince'));
    const pem = { diagnosis: { ...NSCLC_ADENO, histology: 'squamous' }, treatments: [rx('pembrolizumab', 200, 'mg'), rx('carboplatin'), rx('paclitaxel')] };
    // PEM-MONO: PD-L1 and frequency missing; SQ: frequency missing; NSQ fails on histology.
    expect(firstLine(pem)).toEqual(insufficient('BIOMARKER_NOT_DOCUMENTED:PD-L1', 'CRITERION_NOT_DOCUMENTED:frequency'));
  });
});

describe('off_pathway reasons: the closest candidates', () => {
  it('takes the candidate with the fewest distinct failing codes', () => {
    // PEM-MONO fails driver-negative only; NSQ adds missing companions; SQ fails histology and companions.
    const c = { diagnosis: NSCLC_ADENO, biomarkers: [marker('EGFR', ['L858R']), marker('ALK', 'negative'), marker('ROS1', 'negative'), tps(60)], treatments: [rx('pembrolizumab', 200, 'mg', 'q3w')] };
    expect(firstLine(c)).toEqual(offPathway('BIOMARKER_MISMATCH'));
  });

  it('unions the codes of tied candidates', () => {
    // Squamous, TPS 30, no chemotherapy: PEM-MONO fails PD-L1, SQ fails companions (one code each).
    const c = { diagnosis: { ...NSCLC_ADENO, histology: 'squamous' }, biomarkers: [tps(30)], treatments: [rx('pembrolizumab', 200, 'mg', 'q3w')] };
    expect(firstLine(c)).toEqual(offPathway('BIOMARKER_MISMATCH', 'COMPANION_DRUG_MISSING'));
  });

  it('counts distinct codes: two LINE_MISMATCH criteria count once', () => {
    // Axi-cel at line 2 after a first line that ended with completion: 2L fails line (time) only,
    // 3L fails line: both have one distinct code.
    const c = { diagnosis: LBCL, priorLines: [priorLine(['rituximab'], { outcome: 'completed' })], treatments: [rx('axicabtagene ciloleucel', 1, 'infusion', 'once')] };
    expect(firstLine(c)).toEqual(offPathway('LINE_MISMATCH'));
    // Line 1: 2L fails both its line number and its time condition, still one code.
    const line1 = { diagnosis: LBCL, treatments: [rx('axicabtagene ciloleucel', 1, 'infusion', 'once')] };
    expect(firstLine(line1)).toEqual(offPathway('LINE_MISMATCH'));
  });

  it('an undocumented criterion beside a failing one does not make the case insufficient', () => {
    const c = { diagnosis: { ...HCC_A, setting: null, childPugh: 'B' }, treatments: [rx('sorafenib', 400, 'mg', 'bid')] };
    expect(firstLine(c)).toEqual(offPathway('CLINICAL_CRITERION_NOT_MET'));
  });

  it('every criterion is tested: no short-circuit after a failure', () => {
    const c = makeCase({ diagnosis: { ...NSCLC_ADENO, setting: 'early', stage: 'IVA' }, biomarkers: [marker('EGFR', ['negative'])], treatments: [rx('osimertinib', 200, 'mg', 'qd')] });
    const t790m = checkPathway(c, edition).lines[0]!.candidates.find((x) => x.recommendationId === 'NSCLC-EGFR-T790M-OSI')!;
    expect(t790m.criteria.map((x) => [x.kind, x.status])).toEqual([
      ['diagnosis', 'failed'], ['line', 'failed'], ['priorTherapy', 'failed'], ['biomarker', 'failed'], ['dose', 'failed'],
    ]);
  });
});

describe('choosing among passing candidates', () => {
  it('ties of level go to table order (crizotinib for ALK and ROS1 positive)', () => {
    const c = { diagnosis: NSCLC_ADENO, biomarkers: [marker('ALK', 'positive'), marker('ROS1', 'positive')], treatments: [rx('crizotinib', 250, 'mg', 'bid')] };
    expect(firstLine(c)).toEqual(inPathway('NSCLC-ALK-TKI-CRI'));
  });

  it('a better level wins over table order', () => {
    const json = structuredClone(edition) as { recommendations: { id: string; level: string }[] };
    json.recommendations.find((r) => r.id === 'NSCLC-ALK-TKI-CRI')!.level = 'II';
    const relevelled = parseEdition(json);
    const c = makeCase({ diagnosis: NSCLC_ADENO, biomarkers: [marker('ALK', 'positive'), marker('ROS1', 'positive')], treatments: [rx('crizotinib', 250, 'mg', 'bid')] });
    expect(checkPathway(c, relevelled).lines[0]).toMatchObject({ verdict: 'in_pathway', recommendationId: 'NSCLC-ROS1-CRI', level: 'I' });
    json.recommendations.find((r) => r.id === 'NSCLC-ROS1-CRI')!.level = 'III';
    expect(checkPathway(c, parseEdition(json)).lines[0]).toMatchObject({ recommendationId: 'NSCLC-ALK-TKI-CRI', level: 'II' });
  });

  it('one passing candidate is enough, whatever the others say', () => {
    const c = { diagnosis: NSCLC_ADENO, biomarkers: [marker('EGFR', ['exon19del', 'T790M'])], priorLines: [priorLine(['吉非替尼'])], treatments: [OSI] };
    expect(firstLine(c)).toEqual(inPathway('NSCLC-EGFR-T790M-OSI'));
  });

  it('checks each line of a case on its own', () => {
    const c = makeCase({ diagnosis: GASTRIC, biomarkers: [marker('HER2', 'IHC3+')], treatments: [rx('trastuzumab', 8, 'mg/kg', 'q3w', { cycle: 1 }), rx('oxaliplatin', 130, 'mg/m2', 'q3w'), rx('nivolumab', 360, 'mg', 'q3w'), rx('xeloda')] });
    expect(checkPathway(c, edition).lines.map((l) => [l.id, l.drug, l.verdict, l.recommendationId, l.reasons])).toEqual([
      ['T1', 'trastuzumab', 'in_pathway', 'GC-HER2-TRA', []],
      ['T2', 'oxaliplatin', 'not_governed', null, []],
      ['T3', 'nivolumab', 'off_pathway', null, ['BIOMARKER_MISMATCH']],
      ['T4', 'xeloda', 'not_governed', null, ['UNKNOWN_DRUG']],
    ]);
  });
});
