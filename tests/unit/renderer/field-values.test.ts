import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { FREQUENCIES, MARKER_RESULTS } from '../../../shared/domain/vocabulary';
import { loadEdition } from '../../../src-main/editions/load-edition';
import { fieldValueLabel } from '../../../src-renderer/common/labels';
import { drugName, drugNames } from '../../../src-renderer/workspace/fields/drug-names';
import { displayValue } from '../../../src-renderer/workspace/fields/field-display';
import { inputText, parseInput } from '../../../src-renderer/workspace/fields/field-input';
import { fieldKind } from '../../../src-renderer/workspace/fields/field-kind';
import { factKey, factValueText } from '../../../src-renderer/workspace/pathway/fact-value';
import { translator } from './translator';

const edition = loadEdition('CDP-2025.1');
const drugs = drugNames(edition.drugs);

let zhT: TFunction;
let enT: TFunction;
beforeAll(async () => {
  zhT = await translator('zh-CN');
  enT = await translator('en');
});

/** The fields panel's text for a value, with the edition's drug names, in each language. */
const zh = (key: string, value: unknown): string => displayValue(zhT, 'zh-CN', key, value, drugs);
const en = (key: string, value: unknown): string => displayValue(enT, 'en', key, value, drugs);

describe('field values as people read them', () => {
  it('shows a dose as its amount and unit, not as JSON', () => {
    expect(zh('dose', { value: 400, unit: 'mg' })).toBe('400 mg');
    expect(en('dose', { value: 400, unit: 'mg' })).toBe('400 mg');
    expect(zh('dose', { value: 0.25, unit: 'mg/kg' })).toBe('0.25 mg/kg');
    expect(zh('dose', { value: 175, unit: 'mg/m2' })).toBe('175 mg/m²');
    expect(en('dose', { value: 175, unit: 'mg/m2' })).toBe('175 mg/m²');
    expect(zh('dose', { value: 1, unit: 'infusion' })).toBe('1 次输注');
    expect(en('dose', { value: 1, unit: 'infusion' })).toBe('1 infusion');
    expect(zh('dose', { value: 2, unit: 'mL' })).toBe('2 mL');
  });

  it('names dose units on their own (prescription doseUnit)', () => {
    expect([zh('doseUnit', 'mg/m2'), en('doseUnit', 'mg/m2')]).toEqual(['mg/m²', 'mg/m²']);
    expect([zh('doseUnit', 'mg'), en('doseUnit', 'mg/kg')]).toEqual(['mg', 'mg/kg']);
    expect([zh('doseUnit', 'infusion'), en('doseUnit', 'infusion')]).toEqual(['次输注', 'infusion']);
  });

  it('names histology codes in both languages', () => {
    const cases: [string, string, string][] = [
      ['dlbcl', '弥漫大B细胞淋巴瘤', 'Diffuse large B-cell lymphoma'],
      ['invasive_ductal', '浸润性导管癌', 'Invasive ductal carcinoma'],
      ['invasive_lobular', '浸润性小叶癌', 'Invasive lobular carcinoma'],
      ['adenocarcinoma', '腺癌', 'Adenocarcinoma'],
      ['hepatocellular', '肝细胞癌', 'Hepatocellular carcinoma'],
      ['plasma_cell_myeloma', '浆细胞骨髓瘤', 'Plasma cell myeloma'],
      ['squamous', '鳞状细胞癌', 'Squamous cell carcinoma'],
      ['adenosquamous', '腺鳞癌', 'Adenosquamous carcinoma'],
      ['large_cell', '大细胞癌', 'Large-cell carcinoma'],
      ['small_cell', '小细胞癌', 'Small-cell carcinoma'],
      ['nsclc_nos', '非小细胞肺癌（非特指）', 'Non-small-cell lung cancer, not otherwise specified'],
      ['carcinoid', '类癌', 'Carcinoid tumour'],
    ];
    for (const [code, zhText, enText] of cases) expect([zh('histology', code), en('histology', code)]).toEqual([zhText, enText]);
    // Every histology an edition's cancer type lists has a label.
    for (const code of edition.cancerTypes.flatMap((c) => c.histologies ?? [])) expect(zh('histology', code)).not.toBe(code);
  });

  it('names every biomarker result of the vocabulary, under each field that holds one', () => {
    const cases: [string, string, string, string][] = [
      ['egfr', 'exon19del', '19 外显子缺失', 'Exon 19 deletion'],
      ['egfr', 'L858R', '21 外显子 L858R 突变', 'Exon 21 L858R mutation'],
      ['egfr', 'T790M', '20 外显子 T790M 突变', 'Exon 20 T790M mutation'],
      ['egfr', 'exon20ins', '20 外显子插入', 'Exon 20 insertion'],
      ['egfr', 'negative', '阴性', 'Negative'],
      ['alk', 'positive', '阳性', 'Positive'],
      ['ros1', 'negative', '阴性', 'Negative'],
      ['her2Ihc', 'IHC0', 'IHC 0', 'IHC 0'],
      ['her2Ihc', 'IHC1+', 'IHC 1+', 'IHC 1+'],
      ['her2Ihc', 'IHC2+', 'IHC 2+', 'IHC 2+'],
      ['her2Ihc', 'IHC3+', 'IHC 3+', 'IHC 3+'],
      ['her2Ish', 'positive', '阳性', 'Positive'],
      ['her2Ish', 'negative', '阴性', 'Negative'],
      ['ras', 'wild_type', '野生型', 'Wild-type'],
      ['braf', 'mutant', '突变型', 'Mutant'],
      ['mmr', 'dMMR', '错配修复缺陷（dMMR）', 'Mismatch repair deficient (dMMR)'],
      ['mmr', 'pMMR', '错配修复完整（pMMR）', 'Mismatch repair proficient (pMMR)'],
      ['msi', 'MSI-H', '微卫星高度不稳定（MSI-H）', 'Microsatellite instability-high (MSI-H)'],
      ['msi', 'MSS', '微卫星稳定（MSS）', 'Microsatellite stable (MSS)'],
    ];
    for (const [key, code, zhText, enText] of cases) expect([zh(key, code), en(key, code)]).toEqual([zhText, enText]);
    for (const code of Object.values(MARKER_RESULTS).flat()) {
      expect(zh('egfr', code)).not.toBe(code);
      expect(en('egfr', code)).not.toBe(code);
    }
  });

  it('joins a list of results the way each language does', () => {
    expect(zh('egfr', ['exon19del', 'T790M'])).toBe('19 外显子缺失、20 外显子 T790M 突变');
    expect(en('egfr', ['exon19del', 'T790M'])).toBe('Exon 19 deletion, Exon 20 T790M mutation');
  });

  it('names drugs by their generic name in the UI language', () => {
    expect([zh('drug', 'osimertinib'), en('drug', 'osimertinib')]).toEqual(['奥希替尼', 'osimertinib']);
    expect([zh('drug', 'trastuzumab deruxtecan'), en('drug', 'trastuzumab deruxtecan')]).toEqual(['德曲妥珠单抗', 'trastuzumab deruxtecan']);
    expect(zh('drug', 'Pembrolizumab')).toBe('帕博利珠单抗');
    // Drugs outside the edition that extraction reads by their Chinese generic names.
    expect([zh('drug', 'fludarabine'), en('drug', 'fludarabine')]).toEqual(['氟达拉滨', 'fludarabine']);
    expect(zh('drug', 'dexamethasone')).toBe('地塞米松');
    expect(zh('drug', 'vitamin B12')).toBe('维生素B12');
    // Without the edition (not loaded yet) the others are still named; the edition's stay in English.
    expect(displayValue(zhT, 'zh-CN', 'drug', 'fludarabine')).toBe('氟达拉滨');
    expect(displayValue(zhT, 'zh-CN', 'drug', 'osimertinib')).toBe('osimertinib');
    // A drug the vocabulary does not know keeps its printed text.
    expect([zh('drug', '某某胶囊'), en('drug', 'unknownib')]).toEqual(['某某胶囊', 'unknownib']);
    expect(drugName(drugs, 'osimertinib', 'en-GB')).toBe('osimertinib');
    expect(zh('drugs', ['osimertinib', 'bevacizumab'])).toBe('奥希替尼、贝伐珠单抗');
  });

  it('names every frequency', () => {
    expect([zh('frequency', 'qd'), en('frequency', 'qd')]).toEqual(['每日一次', 'once daily']);
    expect([zh('frequency', 'bid'), en('frequency', 'bid')]).toEqual(['每日两次', 'twice daily']);
    expect([zh('frequency', 'q3w'), en('frequency', 'q3w')]).toEqual(['每 3 周一次', 'every 3 weeks']);
    expect([zh('frequency', 'once'), en('frequency', 'once')]).toEqual(['单次', 'once']);
    // Every code has a label in both languages (English `once` reads as the code itself).
    for (const code of FREQUENCIES) {
      expect(zh('frequency', code)).not.toBe(code);
      if (code !== 'once') expect(en('frequency', code)).not.toBe(code);
    }
  });

  it('keeps the codes already labelled, amounts in ¥ and dates in the UI language', () => {
    expect([zh('sex', 'M'), en('sex', 'F')]).toEqual(['男', 'Female']);
    expect([zh('setting', 'advanced'), en('setting', 'early')]).toEqual(['晚期', 'Early']);
    expect([zh('catalogue', 'self_pay'), en('catalogue', 'B')]).toEqual(['自费', 'Class B']);
    expect([zh('totalFen', 123456), en('unitPriceFen', 5)]).toEqual(['¥1,234.56', '¥0.05']);
    expect([zh('reportDate', '2025-03-01'), en('date', '2025-03-01')]).toEqual(['2025/03/01', '03/01/2025']);
    expect([zh('serviceFrom', '2025-03-01'), en('serviceTo', '2025-03-05')]).toEqual(['2025/03/01', '03/05/2025']);
    expect([zh('pdl1Tps', 60), en('pdl1Cps', 8)]).toEqual(['60%', '8']);
    expect([zh('hospital', null), en('age', '')]).toEqual(['（空）', '(empty)']);
  });

  it('shows a code without a label as itself, never hidden', () => {
    expect([zh('histology', 'mucinous'), en('histology', 'mucinous')]).toEqual(['mucinous', 'mucinous']);
    expect([zh('egfr', ['exon19del', 'G719X']), en('egfr', ['G719X'])]).toEqual(['19 外显子缺失、G719X', 'G719X']);
    expect([zh('frequency', 'q8h'), en('doseUnit', 'AUC')]).toEqual(['q8h', 'AUC']);
    // Texts that are not codes, and texts that would be i18next paths, pass through untouched.
    expect(zh('histology', '（左肺）腺癌')).toBe('（左肺）腺癌');
    expect(zh('histology', 'adenocarcinoma.extra')).toBe('adenocarcinoma.extra');
    expect(zh('histology', 'ns:adenocarcinoma')).toBe('ns:adenocarcinoma');
    expect([zh('sex', 'constructor'), zh('egfr', '__proto__'), en('histology', 'toString')]).toEqual(['constructor', '__proto__', 'toString']);
    // Keys without a vocabulary keep even a code-like value as it is.
    expect([zh('hospital', 'negative'), zh('constructor', 'qd'), zh('stage', 'IIIA')]).toEqual(['negative', 'qd', 'IIIA']);
    expect(fieldValueLabel(zhT, 'toString', 'qd')).toBe('qd');
  });

  it('reads an item as its labelled values (the audit drawer and other one-line places)', () => {
    const drug = { drug: 'osimertinib', dose: { value: 80, unit: 'mg' }, frequency: 'qd' };
    expect(zh('dischargeDrugs', [drug, { drug: 'pemetrexed', dose: { value: 500, unit: 'mg/m2' }, frequency: 'q3w' }]))
      .toBe('药品：奥希替尼，剂量：80 mg，频次：每日一次；药品：培美曲塞，剂量：500 mg/m²，频次：每 3 周一次');
    expect(en('dischargeDrugs', [drug])).toBe('Drug: osimertinib, Dose: 80 mg, Frequency: once daily');
    expect(zh('items', [{ drug: 'osimertinib', doseValue: 80, doseUnit: 'mg', frequency: 'qd', quantity: 30, days: 30 }]))
      .toBe('药品：奥希替尼，单次剂量：80，剂量单位：mg，频次：每日一次，数量：30，天数：30');
    expect(zh('items', [{ name: '西药费', amountFen: 123456, catalogue: 'B', note: null }])).toBe('项目名称：西药费，金额：¥1,234.56，医保目录：乙类');
  });

  it('leaves the editor on the normalised value, and its parsing as it was', () => {
    expect(inputText(fieldKind('egfr', ['exon19del', 'T790M']), ['exon19del', 'T790M'])).toBe('exon19del, T790M');
    expect(inputText(fieldKind('histology', 'dlbcl'), 'dlbcl')).toBe('dlbcl');
    expect(inputText(fieldKind('frequency', 'q3w'), 'q3w')).toBe('q3w');
    const drugsValue = [{ drug: 'osimertinib', dose: { value: 400, unit: 'mg' } }];
    expect(parseInput('list', inputText(fieldKind('dischargeDrugs', drugsValue), drugsValue))).toEqual({ ok: true, value: drugsValue });
    expect(fieldKind('serviceFrom', '2025-03-01')).toBe('date');
    expect(parseInput('date', '2025年3月1日')).toEqual({ ok: true, value: '2025-03-01' });
  });
});

describe('pathway fact values through the fields display', () => {
  const zhFact = (path: string, value: unknown) => factValueText(value, path, (k, v) => zh(k, v));
  const enFact = (path: string, value: unknown) => factValueText(value, path, (k, v) => en(k, v));

  it('takes the key a fact path ends in', () => {
    expect(factKey('biomarkers[0].result')).toBe('result');
    expect(factKey('priorLines[1].drugs')).toBe('drugs');
    expect(factKey('diagnosis.histology')).toBe('histology');
    expect(factKey('priorLines')).toBe('priorLines');
  });

  it('reads facts like the fields they came from', () => {
    expect([zhFact('biomarkers[0].result', ['exon19del', 'T790M']), enFact('biomarkers[0].result', 'MSI-H')])
      .toEqual(['19 外显子缺失、20 外显子 T790M 突变', 'Microsatellite instability-high (MSI-H)']);
    expect([zhFact('biomarkers[2].ish', 'negative'), zhFact('biomarkers[1].tps', 55)]).toEqual(['阴性', '55%']);
    expect([zhFact('diagnosis.histology', 'squamous'), enFact('diagnosis.setting', 'advanced')]).toEqual(['鳞状细胞癌', 'Advanced']);
    expect([zhFact('treatments[0].dose', { value: 80, unit: 'mg' }), enFact('treatments[0].frequency', 'q3w')]).toEqual(['80 mg', 'every 3 weeks']);
    expect([zhFact('treatments[1].drug', 'bevacizumab'), zhFact('priorLines[0].drugs', ['pemetrexed', 'carboplatin'])])
      .toEqual(['贝伐珠单抗', '培美曲塞、卡铂']);
    expect([zhFact('priorLines[0].outcome', 'progression'), enFact('priorLines[0].endDate', '2025-03-01')]).toEqual(['进展', '03/01/2025']);
    expect([zhFact('diagnosis.primarySite', 'left'), zhFact('priorLines', 0), zhFact('diagnosis.stage', 'IVB')]).toEqual(['左半结肠', '0', 'IVB']);
    expect(zhFact('diagnosis.histology', null)).toBeNull();
  });
});
