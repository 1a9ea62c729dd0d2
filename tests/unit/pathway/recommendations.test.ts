import { describe, expect, it } from 'vitest';
import {
  BREAST, CRC_LEFT, DRIVER_NEGATIVE, GASTRIC, HCC_A, LBCL, MM, NSCLC_ADENO, edition, marker, priorLine, result, rx, tps,
  type CaseParts,
} from './case-builder';

// One qualifying case per recommendation of CDP-2025.1 §2, written from the reference table: each
// must be in pathway under exactly that recommendation.

const egfr = (...r: string[]) => [marker('EGFR', r)];
const alkPositive = [marker('ALK', 'positive')];
const her2Positive = [marker('HER2', 'IHC3+')];
const nsclc = (biomarkers: CaseParts['biomarkers'], treatments: CaseParts['treatments'], more: Partial<CaseParts> = {}): CaseParts =>
  ({ diagnosis: NSCLC_ADENO, biomarkers, treatments, ...more });
const rasBrafWildType = [marker('RAS', 'wild_type'), marker('BRAF', 'wild_type')];

const cases: [string, CaseParts][] = [
  ['NSCLC-EGFR-TKI-OSI', nsclc(egfr('L858R'), [rx('osimertinib', 80, 'mg', 'qd')])],
  ['NSCLC-EGFR-TKI-AUM', nsclc(egfr('exon19del'), [rx('aumolertinib', 110, 'mg', 'qd')])],
  ['NSCLC-EGFR-TKI-FUR', nsclc(egfr('L858R'), [rx('furmonertinib', 80, 'mg', 'qd')])],
  ['NSCLC-EGFR-TKI-GEF', nsclc(egfr('L858R'), [rx('gefitinib', 250, 'mg', 'qd')])],
  ['NSCLC-EGFR-TKI-ERL', nsclc(egfr('exon19del'), [rx('erlotinib', 150, 'mg', 'qd')])],
  ['NSCLC-EGFR-TKI-ICO', nsclc(egfr('L858R'), [rx('icotinib', 125, 'mg', 'tid')])],
  ['NSCLC-EGFR-TKI-AFA', nsclc(egfr('L858R'), [rx('afatinib', 40, 'mg', 'qd')])],
  ['NSCLC-EGFR-T790M-OSI', nsclc(egfr('exon19del', 'T790M'), [rx('osimertinib', 80, 'mg', 'qd')], { priorLines: [priorLine(['dacomitinib'])] })],
  ['NSCLC-EGFR-ADJ-OSI', nsclc(egfr('exon19del'), [rx('osimertinib', 80, 'mg', 'qd')], { diagnosis: { ...NSCLC_ADENO, setting: 'early', stage: 'IIA' } })],
  ['NSCLC-ALK-TKI-ALE', nsclc(alkPositive, [rx('alectinib', 600, 'mg', 'bid')])],
  ['NSCLC-ALK-TKI-ENS', nsclc(alkPositive, [rx('ensartinib', 225, 'mg', 'qd')])],
  ['NSCLC-ALK-TKI-LOR', nsclc(alkPositive, [rx('lorlatinib', 100, 'mg', 'qd')])],
  ['NSCLC-ALK-TKI-CRI', nsclc(alkPositive, [rx('crizotinib', 250, 'mg', 'bid')])],
  ['NSCLC-ALK-2L-LOR', nsclc(alkPositive, [rx('lorlatinib', 100, 'mg', 'qd')], { priorLines: [priorLine(['ceritinib'])] })],
  ['NSCLC-ROS1-CRI', nsclc([marker('ALK', 'negative'), marker('ROS1', 'positive')], [rx('crizotinib', 250, 'mg', 'bid')])],
  ['NSCLC-ROS1-ENT', nsclc([marker('ROS1', 'positive')], [rx('entrectinib', 600, 'mg', 'qd')])],
  ['NSCLC-PDL1-PEM-MONO', nsclc([...DRIVER_NEGATIVE, tps(50)], [rx('pembrolizumab', 200, 'mg', 'q3w')])],
  ['NSCLC-PDL1-ATE-MONO', nsclc([...DRIVER_NEGATIVE, tps(80)], [rx('atezolizumab', 1200, 'mg', 'q3w')])],
  ['NSCLC-NSQ-PEM-CHEMO', nsclc([...DRIVER_NEGATIVE, tps(10)], [rx('pembrolizumab', 200, 'mg', 'q3w'), rx('pemetrexed', 500, 'mg/m2', 'q3w'), rx('cisplatin', 75, 'mg/m2', 'q3w')])],
  ['NSCLC-NSQ-SIN-CHEMO', nsclc(DRIVER_NEGATIVE, [rx('sintilimab', 200, 'mg', 'q3w'), rx('carboplatin', 450, 'mg', 'q3w'), rx('pemetrexed', 500, 'mg/m2', 'q3w')])],
  ['NSCLC-SQ-PEM-CHEMO', nsclc([], [rx('pembrolizumab', 200, 'mg', 'q3w'), rx('carboplatin', 450, 'mg', 'q3w'), rx('nab-paclitaxel', 100, 'mg/m2', 'qw')], { diagnosis: { ...NSCLC_ADENO, histology: 'squamous' } })],
  ['BC-HER2-H', { diagnosis: BREAST, biomarkers: her2Positive, treatments: [rx('trastuzumab', 6, 'mg/kg', 'q3w')] }],
  ['BC-HER2-1L-HP', { diagnosis: BREAST, biomarkers: her2Positive, treatments: [rx('pertuzumab', 420, 'mg', 'q3w'), rx('trastuzumab', 6, 'mg/kg', 'q3w')] }],
  ['BC-HER2-2L-TDXD', { diagnosis: BREAST, biomarkers: [marker('HER2', 'IHC2+', { ish: 'positive' })], priorLines: [priorLine(['trastuzumab', 'pertuzumab', 'docetaxel'])], treatments: [rx('trastuzumab deruxtecan', 5.4, 'mg/kg', 'q3w')] }],
  ['BC-HER2-2L-PYR', { diagnosis: BREAST, biomarkers: her2Positive, priorAdjuvant: [priorLine(['trastuzumab'], { outcome: 'completed' })], priorLines: [priorLine(['docetaxel'])], treatments: [rx('pyrotinib', 400, 'mg', 'qd'), rx('capecitabine', 1000, 'mg/m2', 'bid')] }],
  ['BC-HER2LOW-TDXD', { diagnosis: BREAST, biomarkers: [marker('HER2', 'IHC1+')], priorLines: [priorLine(['paclitaxel'])], treatments: [rx('trastuzumab deruxtecan', 5.4, 'mg/kg', 'q3w')] }],
  ['CRC-RASWT-L-CET', { diagnosis: CRC_LEFT, biomarkers: rasBrafWildType, treatments: [rx('cetuximab', 250, 'mg/m2', 'qw'), rx('irinotecan', 180, 'mg/m2', 'q2w')] }],
  ['CRC-RASWT-R-CET', { diagnosis: { ...CRC_LEFT, primarySite: 'right' }, biomarkers: rasBrafWildType, treatments: [rx('cetuximab', 500, 'mg/m2', 'q2w'), rx('oxaliplatin', 85, 'mg/m2', 'q2w')] }],
  ['CRC-MSIH-PEM', { diagnosis: { ...CRC_LEFT, icd10: 'C19' }, biomarkers: [marker('MMR', 'dMMR')], treatments: [rx('pembrolizumab', 200, 'mg', 'q3w')] }],
  ['GC-HER2-TRA', { diagnosis: GASTRIC, biomarkers: [marker('HER2', 'IHC2+', { ish: 'positive' })], treatments: [rx('trastuzumab', 8, 'mg/kg', 'q3w', { cycle: 1 }), rx('cisplatin', 80, 'mg/m2', 'q3w')] }],
  ['GC-CPS5-NIV', { diagnosis: GASTRIC, biomarkers: [marker('HER2', 'IHC0'), { marker: 'PD-L1', cps: 5 }], treatments: [rx('nivolumab', 360, 'mg', 'q3w'), rx('oxaliplatin', 130, 'mg/m2', 'q3w')] }],
  ['HCC-ATE-BEV', { diagnosis: HCC_A, treatments: [rx('atezolizumab', 1200, 'mg', 'q3w'), rx('bevacizumab', 15, 'mg/kg', 'q3w')] }],
  ['HCC-SIN-BEV', { diagnosis: HCC_A, treatments: [rx('sintilimab', 200, 'mg', 'q3w'), rx('bevacizumab', 15, 'mg/kg', 'q3w')] }],
  ['HCC-LEN', { diagnosis: HCC_A, patient: { weightKg: 70 }, treatments: [rx('lenvatinib', 12, 'mg', 'qd')] }],
  ['HCC-SOR', { diagnosis: HCC_A, treatments: [rx('sorafenib', 400, 'mg', 'bid')] }],
  ['HCC-DON', { diagnosis: HCC_A, treatments: [rx('donafenib', 200, 'mg', 'bid')] }],
  ['LBCL-3L-AXI', { diagnosis: LBCL, priorLines: [priorLine(['rituximab']), priorLine(['gemcitabine'])], treatments: [rx('axicabtagene ciloleucel', 1, 'infusion', 'once')] }],
  ['LBCL-2L-AXI', { diagnosis: { ...LBCL, icd10: 'C85.2' }, priorLines: [priorLine(['rituximab'], { startDate: '2024-01-10', endDate: '2024-09-30' })], treatments: [rx('axicabtagene ciloleucel', 1, 'infusion', 'once')] }],
  ['LBCL-3L-REL', { diagnosis: LBCL, priorLines: [priorLine(['rituximab']), priorLine(['gemcitabine']), priorLine(['polatuzumab'])], treatments: [rx('relmacabtagene autoleucel', 1, 'infusion', 'once')] }],
  ['MM-4L-EQU', { diagnosis: MM, priorLines: [priorLine(['bortezomib', 'dexamethasone']), priorLine(['daratumumab']), priorLine(['pomalidomide'])], treatments: [rx('equecabtagene autoleucel', 1, 'infusion', 'once')] }],
];

describe('every recommendation of CDP-2025.1', () => {
  it('is covered by a qualifying case', () => {
    expect(cases.map(([id]) => id)).toEqual(edition.recommendations.map((r) => r.id));
  });

  it.each(cases)('%s: in pathway with its level and evidence', (id, parts) => {
    const rec = edition.recommendations.find((r) => r.id === id)!;
    expect(result(parts).lines[0]).toEqual({
      id: 'T1', drug: rec.drug, verdict: 'in_pathway', recommendationId: id, level: rec.level, evidence: rec.evidence, reasons: [],
    });
  });
});
