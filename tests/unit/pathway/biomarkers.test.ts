import { describe, expect, it } from 'vitest';
import {
  BREAST, CRC_LEFT, DRIVER_NEGATIVE, GASTRIC, NSCLC_ADENO, firstLine, inPathway, insufficient, marker, offPathway,
  priorLine, rx, tps, type CaseParts,
} from './case-builder';

// Biomarker facts and derived facts of docs/pathway-rules.md §1.

const OSI = rx('osimertinib', 80, 'mg', 'qd');
const osimertinib = (biomarkers: CaseParts['biomarkers']) => firstLine({ diagnosis: NSCLC_ADENO, biomarkers, treatments: [OSI] });
const EGFR_MISSING = insufficient('BIOMARKER_NOT_DOCUMENTED:EGFR');

describe('documented markers', () => {
  it('the first entry of a marker counts', () => {
    expect(osimertinib([marker('EGFR', ['negative']), marker('EGFR', ['L858R'])])).toEqual(offPathway('BIOMARKER_MISMATCH'));
    expect(osimertinib([marker('EGFR', 'L858R'), marker('EGFR', 'negative')])).toEqual(inPathway('NSCLC-EGFR-TKI-OSI'));
    // The first entry has no result: the marker is not documented, a later entry does not stand in.
    expect(osimertinib([marker('EGFR', null), marker('EGFR', ['L858R'])])).toEqual(EGFR_MISSING);
  });

  it('an entry without a result or with an empty list documents nothing', () => {
    expect(osimertinib([{ marker: 'EGFR' }])).toEqual(EGFR_MISSING);
    expect(osimertinib([marker('EGFR', [])])).toEqual(EGFR_MISSING);
    expect(osimertinib([])).toEqual(EGFR_MISSING);
  });

  it('marker names are exact; unknown markers are ignored', () => {
    expect(osimertinib([marker('egfr', 'L858R')])).toEqual(EGFR_MISSING);
    expect(osimertinib([marker('KRAS-G12C', 'present'), marker('EGFR', 'exon19del')])).toEqual(inPathway('NSCLC-EGFR-TKI-OSI'));
  });

  it('EGFR sensitising is exon19del or L858R, as a single result or within a list', () => {
    expect(osimertinib([marker('EGFR', 'exon19del')])).toEqual(inPathway('NSCLC-EGFR-TKI-OSI'));
    expect(osimertinib([marker('EGFR', ['exon20ins', 'L858R'])])).toEqual(inPathway('NSCLC-EGFR-TKI-OSI'));
    expect(osimertinib([marker('EGFR', ['exon20ins'])])).toEqual(offPathway('BIOMARKER_MISMATCH'));
    expect(osimertinib([marker('EGFR', 'T790M')])).toEqual(offPathway('BIOMARKER_MISMATCH'));
  });
});

describe('PD-L1', () => {
  const pem = (biomarkers: CaseParts['biomarkers']) => firstLine({ diagnosis: NSCLC_ADENO, biomarkers, treatments: [rx('pembrolizumab', 200, 'mg', 'q3w')] });

  it('TPS 50 qualifies, 49 does not', () => {
    expect(pem([...DRIVER_NEGATIVE, tps(50)])).toEqual(inPathway('NSCLC-PDL1-PEM-MONO'));
    // PEM-MONO fails PD-L1 only, NSQ-PEM-CHEMO its companions only: the closest tie.
    expect(pem([...DRIVER_NEGATIVE, tps(49)])).toEqual(offPathway('BIOMARKER_MISMATCH', 'COMPANION_DRUG_MISSING'));
    expect(pem([...DRIVER_NEGATIVE, tps(49.9)])).toEqual(offPathway('BIOMARKER_MISMATCH', 'COMPANION_DRUG_MISSING'));
  });

  it('CPS 5 qualifies for nivolumab, 4 does not', () => {
    const niv = (cps: number) => firstLine({ diagnosis: GASTRIC, biomarkers: [marker('HER2', 'IHC0'), { marker: 'PD-L1', cps }], treatments: [rx('nivolumab', 360, 'mg', 'q3w'), rx('奥沙利铂')] });
    expect(niv(5)).toEqual(inPathway('GC-CPS5-NIV'));
    expect(niv(4.9)).toEqual(offPathway('BIOMARKER_MISMATCH'));
  });
});

describe('HER2', () => {
  const trastuzumab = (her2: Record<string, unknown>) => firstLine({ diagnosis: BREAST, biomarkers: [her2], treatments: [rx('trastuzumab', 6, 'mg/kg', 'q3w')] });
  const niv = (her2: Record<string, unknown>) => firstLine({ diagnosis: GASTRIC, biomarkers: [her2, { marker: 'PD-L1', cps: 10 }], treatments: [rx('nivolumab', 360, 'mg', 'q3w'), rx('oxaliplatin')] });
  const tdxd2L = (her2: Record<string, unknown>) => firstLine({ diagnosis: BREAST, biomarkers: [her2], priorLines: [priorLine(['trastuzumab'])], treatments: [rx('trastuzumab deruxtecan', 5.4, 'mg/kg', 'q3w')] });

  it('positive: IHC3+, or IHC2+ with positive ISH', () => {
    expect(trastuzumab(marker('HER2', 'IHC3+'))).toEqual(inPathway('BC-HER2-H'));
    expect(trastuzumab(marker('HER2', 'IHC2+', { ish: 'positive' }))).toEqual(inPathway('BC-HER2-H'));
    expect(trastuzumab(marker('HER2', 'IHC2+', { ish: 'negative' }))).toEqual(offPathway('BIOMARKER_MISMATCH'));
    expect(trastuzumab(marker('HER2', 'IHC1+'))).toEqual(offPathway('BIOMARKER_MISMATCH'));
  });

  it('IHC2+ without ISH leaves positive, low and negative undocumented', () => {
    const ihc2 = marker('HER2', 'IHC2+');
    expect(trastuzumab(ihc2)).toEqual(insufficient('BIOMARKER_NOT_DOCUMENTED:HER2'));
    expect(niv(ihc2)).toEqual(insufficient('BIOMARKER_NOT_DOCUMENTED:HER2'));
    expect(tdxd2L(ihc2)).toEqual(insufficient('BIOMARKER_NOT_DOCUMENTED:HER2'));
  });

  it('low: IHC1+, or IHC2+ with negative ISH (IHC0 is negative but not low)', () => {
    expect(tdxd2L(marker('HER2', 'IHC1+'))).toEqual(inPathway('BC-HER2LOW-TDXD'));
    expect(tdxd2L(marker('HER2', 'IHC2+', { ish: 'negative' }))).toEqual(inPathway('BC-HER2LOW-TDXD'));
    expect(tdxd2L(marker('HER2', 'IHC3+'))).toEqual(inPathway('BC-HER2-2L-TDXD'));
    expect(tdxd2L(marker('HER2', 'IHC0'))).toEqual(offPathway('BIOMARKER_MISMATCH'));
  });

  it('negative: IHC0, IHC1+, or IHC2+ with negative ISH', () => {
    for (const her2 of [marker('HER2', 'IHC0'), marker('HER2', 'IHC1+'), marker('HER2', 'IHC2+', { ish: 'negative' })]) {
      expect(niv(her2)).toEqual(inPathway('GC-CPS5-NIV'));
    }
    expect(niv(marker('HER2', 'IHC2+', { ish: 'positive' }))).toEqual(offPathway('BIOMARKER_MISMATCH'));
    expect(niv(marker('HER2', 'IHC3+'))).toEqual(offPathway('BIOMARKER_MISMATCH'));
  });
});

describe('driver-negative', () => {
  const pem = (histology: string | null, biomarkers: CaseParts['biomarkers']) =>
    firstLine({ diagnosis: { ...NSCLC_ADENO, histology }, biomarkers: [...(biomarkers ?? []), tps(80)], treatments: [rx('pembrolizumab', 200, 'mg', 'q3w')] });
  const MONO = inPathway('NSCLC-PDL1-PEM-MONO');

  it('is met by squamous histology whatever the markers', () => {
    expect(pem('squamous', [])).toEqual(MONO);
    expect(pem('squamous', [marker('EGFR', 'L858R')])).toEqual(MONO);
  });

  it('is met when EGFR, ALK and ROS1 are all documented negative, with or without histology', () => {
    expect(pem('adenocarcinoma', DRIVER_NEGATIVE)).toEqual(MONO);
    expect(pem(null, DRIVER_NEGATIVE)).toEqual(MONO);
  });

  it('EGFR is negative only when negative is its sole result', () => {
    expect(pem('adenocarcinoma', [marker('EGFR', ['negative', 'exon20ins']), marker('ALK', 'negative'), marker('ROS1', 'negative')]))
      .toEqual(offPathway('BIOMARKER_MISMATCH'));
  });

  it('fails on documented non-squamous histology with a driver documented otherwise', () => {
    expect(pem('large_cell', [marker('ALK', 'positive')])).toEqual(offPathway('BIOMARKER_MISMATCH'));
  });

  it('is undocumented as the missing markers otherwise', () => {
    expect(pem('adenocarcinoma', [marker('EGFR', 'negative')])).toEqual(insufficient('BIOMARKER_NOT_DOCUMENTED:ALK', 'BIOMARKER_NOT_DOCUMENTED:ROS1'));
  });

  it('absent histology is not "not squamous": it is reported missing', () => {
    expect(pem(null, [marker('EGFR', 'L858R'), marker('ALK', 'negative'), marker('ROS1', 'negative')]))
      .toEqual(insufficient('CRITERION_NOT_DOCUMENTED:histology'));
    expect(pem(null, [marker('ALK', 'positive')]))
      .toEqual(insufficient('BIOMARKER_NOT_DOCUMENTED:EGFR', 'BIOMARKER_NOT_DOCUMENTED:ROS1', 'CRITERION_NOT_DOCUMENTED:histology'));
  });
});

describe('MSI-high', () => {
  const pem = (biomarkers: CaseParts['biomarkers']) => firstLine({ diagnosis: CRC_LEFT, biomarkers, treatments: [rx('pembrolizumab', 200, 'mg', 'q3w')] });
  const IN = inPathway('CRC-MSIH-PEM');
  const MISMATCH = offPathway('BIOMARKER_MISMATCH');

  it.each([
    ['MSI-H', [marker('MSI', 'MSI-H')], IN],
    ['dMMR', [marker('MMR', 'dMMR')], IN],
    ['MSS with dMMR', [marker('MSI', 'MSS'), marker('MMR', 'dMMR')], IN],
    ['MSI-H with pMMR', [marker('MMR', 'pMMR'), marker('MSI', 'MSI-H')], IN],
    ['MSS alone', [marker('MSI', 'MSS')], MISMATCH],
    ['pMMR alone', [marker('MMR', 'pMMR')], MISMATCH],
    ['MSS and pMMR', [marker('MSI', 'MSS'), marker('MMR', 'pMMR')], MISMATCH],
    ['neither', [marker('RAS', 'mutant')], insufficient('BIOMARKER_NOT_DOCUMENTED:MSI')],
  ])('%s', (_name, biomarkers, expected) => {
    expect(pem(biomarkers)).toEqual(expected);
  });
});
