import { describe, expect, it } from 'vitest';
import {
  readEgfr, readFusion, readHer2Ihc, readIsh, readMmr, readMsi, readMutationStatus, readPdl1Cps, readPdl1Tps,
} from '../../../shared/extraction/biomarkers';

// Report wordings → the vocabulary of docs/pathway-rules.md §1; a text that states no result reads as null.

describe('EGFR', () => {
  it.each([
    ['EGFR 19号外显子缺失突变', ['exon19del']],
    ['检测到 L858R', ['L858R']],
    ['21号外显子L858R点突变', ['L858R']],
    ['检测到 19del', ['exon19del']],
    ['19号外显子缺失突变；T790M 阳性', ['exon19del', 'T790M']],
    ['检测到EGFR 19号外显子缺失突变，未检测到T790M突变', ['exon19del']],
    ['20号外显子插入突变', ['exon20ins']],
    ['19号外显子缺失 未检测到；L858R 检测到', ['L858R']],
    ['未检测到突变', ['negative']],
    ['阴性', ['negative']],
    ['野生型', ['negative']],
    // As recognised: the first letter of a variant lost or misread, the exon number lost.
    ['加 858R 检测到', ['L858R']], ['790M 检测到', ['T790M']], ['号外显子缺失 检测到', ['exon19del']],
    ['19号外显子缺失 未检测', ['negative']],
  ])('%s → %j', (text, results) => {
    expect(readEgfr(text)).toEqual(results);
  });

  it.each(['EGFR', '检测方法：ARMS-PCR', ''])('%j states no result', (text) => {
    expect(readEgfr(text)).toBeNull();
  });
});

describe('HER2, PD-L1, MMR, MSI', () => {
  it.each([
    ['IHC 2+', 'IHC2+'], ['HER2（2+）', 'IHC2+'], ['HER2 (+++)', 'IHC3+'], ['(2+)', 'IHC2+'], ['HER2（4B5）： 0（阴性）', 'IHC0'],
    ['HER2(4B5) 1+（低表达）', 'IHC1+'], ['C-erbB-2（3+）', 'IHC3+'], ['HER2(-)', 'IHC0'], ['CK7(+)', null], ['HER2', null],
  ])('HER2 IHC %s → %s', (text, result) => {
    expect(readHer2Ihc(text)).toBe(result);
  });

  it.each([
    ['HER2 FISH 阳性（有扩增）', 'positive'], ['HER2基因无扩增', 'negative'], ['DISH：阴性', 'negative'], ['HER2基因扩增', 'positive'], ['ISH', null],
  ])('ISH %s → %s', (text, result) => {
    expect(readIsh(text)).toBe(result);
  });

  it('reads PD-L1 scores by their names, not other percentages', () => {
    expect(readPdl1Tps('TPS 60%')).toBe(60);
    expect(readPdl1Tps('PD-L1（22C3）TPS：约60%')).toBe(60);
    expect(readPdl1Tps('肿瘤细胞阳性比例分数(TPS)=5%')).toBe(5);
    expect(readPdl1Tps('TPS <1%')).toBe(0);
    expect(readPdl1Tps('Ki-67(约30%+)')).toBeNull();
    expect(readPdl1Tps('60%', true)).toBe(60);
    expect(readPdl1Cps('CPS 8')).toBe(8);
    expect(readPdl1Cps('PD-L1(22C3) CPS=15')).toBe(15);
    expect(readPdl1Cps('TPS 60%')).toBeNull();
  });

  it.each([
    ['dMMR', 'dMMR'], ['错配修复功能缺陷（dMMR）', 'dMMR'], ['错配修复缺陷', 'dMMR'], ['MLH1(-)，PMS2(-)，MSH2(+)，MSH6(+)', 'dMMR'],
    ['pMMR', 'pMMR'], ['错配修复功能完整', 'pMMR'], ['错配修复功能完整（PDMMR）', 'pMMR'], ['MLH1(+)，PMS2(+)，MSH2(+)，MSH6(+)', 'pMMR'], ['MLH1(+)', null],
  ])('MMR %s → %s', (text, result) => {
    expect(readMmr(text)).toBe(result);
  });

  it.each([
    ['MSI-H', 'MSI-H'], ['微卫星高度不稳定', 'MSI-H'], ['MSS（微卫星稳定）', 'MSS'], ['MSI-L', 'MSS'], ['微卫星', null],
  ])('MSI %s → %s', (text, result) => {
    expect(readMsi(text)).toBe(result);
  });
});

describe('fusions and RAS/BRAF', () => {
  it.each([
    ['检测到 EML4-ALK 融合', 'positive'], ['阳性', 'positive'], ['(+)', 'positive'], ['未检测到融合', 'negative'], ['阴性', 'negative'], ['ALK', null],
  ])('fusion %s → %s', (text, result) => {
    expect(readFusion(text)).toBe(result);
  });

  it.each([
    ['野生型', 'wild_type'], ['未检测到突变', 'wild_type'], ['KRAS、NRAS 均为野生型', 'wild_type'], ['未检测到 V600E 突变', 'wild_type'],
    ['KRAS G12C 突变', 'mutant'], ['突变型', 'mutant'], ['检测到 V600E 突变', 'mutant'], ['KRAS 野生型，NRAS Q61K 突变', 'mutant'], ['KRAS', null],
  ])('mutation %s → %s', (text, result) => {
    expect(readMutationStatus(text)).toBe(result);
  });
});
