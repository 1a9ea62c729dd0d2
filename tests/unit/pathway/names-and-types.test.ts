import { describe, expect, it } from 'vitest';
import { checkPathway, normaliseDrugName } from '../../../shared/pathway/evaluate';
import { BREAST, HCC_A, LBCL, NSCLC_ADENO, edition, firstLine, inPathway, makeCase, marker, notGoverned, priorLine, rx } from './case-builder';

// Drug names (English any case, Chinese, surrounding spaces) and the cancer type from ICD-10.

describe('normaliseDrugName', () => {
  it.each([
    ['osimertinib', 'osimertinib'],
    ['  Osimertinib ', 'osimertinib'],
    ['TRASTUZUMAB DERUXTECAN', 'trastuzumab deruxtecan'],
    ['帕博利珠单抗', 'pembrolizumab'],
    [' 德曲妥珠单抗  ', 'trastuzumab deruxtecan'],
    ['\u3000奥希替尼\u3000', 'osimertinib'],
    ['阿基仑赛注射液', 'axicabtagene ciloleucel'],
    ['Nab-Paclitaxel', 'nab-paclitaxel'],
    [' Rituximab ', 'rituximab'],
    ['trastuzumab  deruxtecan', 'trastuzumab  deruxtecan'],
    ['奥希 替尼', '奥希 替尼'],
  ])('%j → %j', (name, expected) => {
    expect(normaliseDrugName(name, edition)).toBe(expected);
  });

  it('every drug of the table is found by both its names', () => {
    for (const d of edition.drugs) {
      expect(normaliseDrugName(d['zh-CN'], edition)).toBe(d.en);
      expect(normaliseDrugName(d.en.toUpperCase(), edition)).toBe(d.en);
    }
  });

  it('a result carries the English name; an unknown name is UNKNOWN_DRUG', () => {
    const c = makeCase({ diagnosis: NSCLC_ADENO, biomarkers: [marker('EGFR', 'L858R')], treatments: [rx(' 奥希替尼 ', 80, 'mg', 'qd'), rx('Zanubrutinib')] });
    expect(checkPathway(c, edition).lines.map((l) => [l.drug, l.verdict, l.reasons])).toEqual([
      ['osimertinib', 'in_pathway', []],
      ['zanubrutinib', 'not_governed', ['UNKNOWN_DRUG']],
    ]);
  });

  it('prior therapies are recognised by their Chinese names', () => {
    const c = { diagnosis: NSCLC_ADENO, biomarkers: [marker('ALK', 'positive')], priorLines: [priorLine([' 阿来替尼'])], treatments: [rx('洛拉替尼', 100, 'mg', 'qd')] };
    expect(firstLine(c)).toEqual(inPathway('NSCLC-ALK-2L-LOR'));
  });

  it('an unknown name spelled with inner spaces is not guessed', () => {
    expect(firstLine({ diagnosis: BREAST, treatments: [rx('trastuzumab  deruxtecan')] })).toEqual(notGoverned('UNKNOWN_DRUG'));
  });
});

describe('cancer type', () => {
  const typeOf = (diagnosis: Record<string, unknown>) => checkPathway(makeCase({ diagnosis, treatments: [] }), edition).cancerType;

  it.each([
    ['C34.100x001', 'NSCLC'], ['C34', 'NSCLC'], ['c34.9', 'NSCLC'], ['C50.9', 'BREAST'], ['c50.9', 'BREAST'], ['C50', 'BREAST'],
    ['C18.7', 'CRC'], ['C19', 'CRC'], ['C20.x00', 'CRC'], ['C16.0', 'GASTRIC'], ['C22.0', 'HCC'], ['C22.000', 'HCC'],
    ['C22.1', null], ['C83.3', 'LBCL'], ['C83.300x001', 'LBCL'], ['C85.2', 'LBCL'], ['C85.1', null], ['C90.0', 'MM'],
    ['C90.1', null], ['C61', null], ['', null],
  ])('%s → %s', (icd10, type) => {
    expect(typeOf({ icd10, histology: null })).toBe(type);
  });

  it('C34 is NSCLC only for NSCLC histologies (or none)', () => {
    for (const histology of ['adenocarcinoma', 'squamous', 'large_cell', 'nsclc_nos', null]) expect(typeOf({ icd10: 'C34.1', histology })).toBe('NSCLC');
    for (const histology of ['small_cell', 'carcinoid']) expect(typeOf({ icd10: 'C34.1', histology })).toBeNull();
  });

  it('other cancers accept and ignore histology terms', () => {
    expect(typeOf({ icd10: 'C50.4', histology: 'invasive_ductal' })).toBe('BREAST');
    expect(typeOf({ icd10: 'C83.3', histology: 'dlbcl' })).toBe('LBCL');
  });

  it('a drug governed only elsewhere is not indicated, even if every other fact qualifies', () => {
    expect(firstLine({ diagnosis: LBCL, treatments: [rx('lenvatinib', 8, 'mg', 'qd')] })).toMatchObject({ reasons: ['NOT_INDICATED_FOR_DIAGNOSIS'] });
    expect(firstLine({ diagnosis: HCC_A, treatments: [rx('lenvatinib', 8, 'mg', 'qd')] })).toEqual(inPathway('HCC-LEN'));
  });
});
