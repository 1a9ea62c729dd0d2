import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../shared/extraction/catalogue';
import { readAge, readHistology, readIcd10, readSetting, readSex, readStage } from '../../../shared/extraction/clinical';
import { readDose, readFrequency } from '../../../shared/extraction/dosing';
import { readDrugName } from '../../../shared/extraction/drug-names';
import { loadEdition } from '../../../src-main/editions/load-edition';

// Drug names, doses, frequencies, catalogue classes and diagnosis facts as claim documents print them.

const drugs = loadEdition('CDP-2025.1').drugs;

describe('drug names', () => {
  it.each([
    ['甲磺酸奥希替尼片 (泰瑞沙)', 'osimertinib'],
    ['泰瑞沙', 'osimertinib'],
    ['注射用帕博利珠单抗', 'pembrolizumab'],
    ['可瑞达', 'pembrolizumab'],
    ['Keytruda 100mg/4ml', 'pembrolizumab'],
    ['Osimertinib Mesylate Tablets', 'osimertinib'],
    ['注射用紫杉醇（白蛋白结合型）', 'nab-paclitaxel'],
    ['紫杉醇注射液', 'paclitaxel'],
    ['注射用德曲妥珠单抗（优赫得）', 'trastuzumab deruxtecan'],
    ['注射用曲妥珠单抗', 'trastuzumab'],
    ['阿基仑赛注射液', 'axicabtagene ciloleucel'],
    ['盐酸昂丹司琼注射液', 'ondansetron'],
    ['０．９％氯化钠注射液', 'sodium chloride'],
  ])('%s → %s', (printed, en) => {
    expect(readDrugName(printed, drugs)).toEqual({ drug: en, known: true });
  });

  it('carries an unknown name trimmed and lower-cased, as the pathway engine does', () => {
    expect(readDrugName('  Foo Tablets ', drugs)).toEqual({ drug: 'foo tablets', known: false });
    expect(readDrugName('胸部CT平扫', drugs)).toEqual({ drug: '胸部ct平扫', known: false });
    expect(readDrugName('  ', drugs)).toBeNull();
  });

  it('knows every drug of the edition by its Chinese and English generic names', () => {
    for (const d of drugs) {
      expect(readDrugName(d['zh-CN'], drugs)?.drug).toBe(d.en);
      expect(readDrugName(d.en.toUpperCase(), drugs)?.drug).toBe(d.en);
    }
  });
});

describe('doses and frequencies', () => {
  it.each([
    ['80mg', { value: 80, unit: 'mg' }], ['0.25g', { value: 250, unit: 'mg' }], ['0.15 g', { value: 150, unit: 'mg' }],
    ['6mg/kg', { value: 6, unit: 'mg/kg' }], ['250mg/m²', { value: 250, unit: 'mg/m2' }], ['5.4mg/kg', { value: 5.4, unit: 'mg/kg' }],
    ['１袋', { value: 1, unit: 'infusion' }], ['口服', null],
  ])('dose %s', (text, dose) => {
    expect(readDose(text)).toEqual(dose);
  });

  it.each([
    ['qd', 'qd'], ['q.d.', 'qd'], ['每日一次', 'qd'], ['1次/日', 'qd'], ['一日两次', 'bid'], ['2次/日', 'bid'], ['每日三次', 'tid'], ['TID', 'tid'],
    ['每周一次', 'qw'], ['每2周一次', 'q2w'], ['每14天一次', 'q2w'], ['每3周一次', 'q3w'], ['每21天一次', 'q3w'], ['Q3W', 'q3w'],
    ['每4周一次', 'q4w'], ['每6周一次', 'q6w'], ['单次', 'once'], ['80mg 口服 bid', 'bid'], ['口服', null],
  ])('frequency %s → %s', (text, frequency) => {
    expect(readFrequency(text)).toBe(frequency);
  });
});

describe('catalogue class', () => {
  it.each([['甲', 'A'], ['甲类', 'A'], ['乙', 'B'], ['乙类', 'B'], ['丙类', 'self_pay'], ['自费', 'self_pay'], ['全自费', 'self_pay'], ['其他', null]])('%s → %s', (text, c) => {
    expect(readCatalogue(text)).toBe(c);
  });
});

describe('diagnosis facts', () => {
  it.each([
    ['右肺上叶浸润性腺癌', 'adenocarcinoma'], ['鳞状细胞癌', 'squamous'], ['肺鳞癌', 'squamous'], ['非小细胞肺癌', 'nsclc_nos'],
    ['小细胞肺癌', 'small_cell'], ['浸润性导管癌（Ⅱ级）', 'invasive_ductal'], ['肝细胞癌（中分化）', 'hepatocellular'],
    ['弥漫大B细胞淋巴瘤', 'dlbcl'], ['浆细胞骨髓瘤', 'plasma_cell_myeloma'], ['炎症', null],
  ])('histology %s → %s', (text, term) => {
    expect(readHistology(text)).toBe(term);
  });

  it.each([
    ['ⅣB期', 'IVB'], ['IVA期', 'IVA'], ['右肺上叶腺癌（cT2aN2M1a，IVA期）', 'IVA'], ['临床分期：IIIA', 'IIIA'], ['R-ISS II期', 'R-ISS II'], ['腺癌', null],
  ])('stage %s → %s', (text, stage) => {
    expect(readStage(text)).toBe(stage);
  });

  it('reads the setting from the words, then from the stage', () => {
    expect(readSetting('晚期（转移性）')).toBe('advanced');
    expect(readSetting('复发/难治')).toBe('advanced');
    expect(readSetting('早期（术后辅助治疗）')).toBe('early');
    expect(readSetting('根治术后')).toBe('early');
    expect(readSetting('左乳浸润性导管癌（pT2N1M0，IIA期）', 'IIA')).toBe('early');
    expect(readSetting('左乳浸润性导管癌', 'IVB')).toBe('advanced');
    expect(readSetting('无远处转移')).toBeNull();
  });

  it('reads ICD-10 codes, sex and age', () => {
    expect(readIcd10('C34.100x001')).toBe('C34.100x001');
    expect(readIcd10('疾病编码（ICD-10）：C50.9')).toBe('C50.9');
    expect(readIcd10('C20.x00')).toBe('C20.x00');
    expect(readIcd10('无')).toBeNull();
    expect([readSex('男'), readSex('女'), readSex('未知')]).toEqual(['M', 'F', null]);
    expect([readAge('65岁'), readAge('６５'), readAge('岁')]).toEqual([65, 65, null]);
  });
});
