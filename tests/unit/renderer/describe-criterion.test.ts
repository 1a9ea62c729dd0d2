import { beforeAll, describe, expect, it } from 'vitest';
import type { Criterion, Recommendation } from '../../../shared/pathway/edition-schema';
import { loadEdition } from '../../../src-main/editions/load-edition';
import {
  describeCompanions, describeCompanionsCriterion, describeCriterion, describeDose, describeLineRule, describeLines, describeMarkerConditions,
} from '../../../src-renderer/rules/describe-criterion';
import { ruleVocabulary, type RuleVocabulary } from '../../../src-renderer/rules/rule-vocabulary';
import { translator } from './translator';

const edition = loadEdition('CDP-2025.1');
const rec = (id: string): Recommendation => edition.recommendations.find((r) => r.id === id)!;

describe('recommendations in words', () => {
  let zh: RuleVocabulary;
  let en: RuleVocabulary;
  beforeAll(async () => {
    const [tZh, tEn] = await Promise.all([translator('zh-CN'), translator('en')]);
    zh = ruleVocabulary(edition, tZh, 'zh-CN');
    en = ruleVocabulary(edition, tEn, 'en');
  });

  it('words every criterion of the EGFR first-line rule, with Chinese drug and class names', () => {
    const texts = rec('NSCLC-EGFR-TKI-OSI').criteria.map((c) => describeCriterion(c, zh));
    expect(texts).toEqual(['疾病阶段：晚期', '既往晚期治疗未用过EGFR 酪氨酸激酶抑制剂', 'EGFR 19 外显子缺失或L858R']);
    expect(rec('NSCLC-EGFR-TKI-OSI').criteria.map((c) => describeCriterion(c, en))).toEqual([
      'setting: advanced', 'no prior EGFR tyrosine-kinase inhibitors in advanced-setting lines', 'EGFR sensitising: EGFR exon 19 deletion or L858R',
    ]);
  });

  it('names the prior drugs, their sources and a criterion limited to some lines', () => {
    const [, adjuvant, prior] = rec('BC-HER2-2L-TDXD').criteria;
    expect(describeCriterion(adjuvant!, zh)).toBe('辅助治疗（曲妥珠单抗）结束后 365 天内进展为晚期（仅限第 1 线及以前）');
    expect(describeCriterion(prior!, zh)).toBe('既往晚期治疗或辅助治疗用过曲妥珠单抗（仅限第 2 线及以后）');
    expect(describeCriterion(prior!, en)).toBe('prior trastuzumab in advanced-setting lines or adjuvant therapy (at line 2 or later only)');
  });

  it('words line rules, negated histology, HER2, PD-L1 and driver-negative conditions', () => {
    expect(describeLines(zh, 1, 1)).toBe('第 1 线');
    expect(describeLines(en, 2, 4)).toBe('lines 2–4');
    const nsq = rec('NSCLC-NSQ-PEM-CHEMO');
    expect(describeLineRule(nsq, zh)).toBe('疾病阶段：晚期；第 1 线；病理类型：非鳞癌');
    expect(describeMarkerConditions(nsq, zh)).toBe('驱动基因阴性（鳞癌，或 EGFR、ALK和ROS1 均为阴性）');
    expect(describeMarkerConditions(rec('NSCLC-PDL1-PEM-MONO'), en)).toBe('driver-negative (squamous, or EGFR, ALK, and ROS1 all negative); PD-L1 TPS ≥ 50%');
    expect(describeMarkerConditions(rec('GC-CPS5-NIV'), zh)).toBe('HER2 阴性（IHC0、IHC1+，或 IHC2+ 且 ISH 阴性）；PD-L1 CPS ≥ 5');
    expect(describeMarkerConditions(rec('HCC-LEN'), zh)).toBe('无');
    expect(describeLineRule(rec('HCC-LEN'), en)).toBe('setting: advanced; line 1; Child-Pugh class: A');
  });

  it('offers every alternative of a multi-marker condition', () => {
    expect(describeMarkerConditions(rec('CRC-MSIH-PEM'), zh)).toBe('MSI MSI-H或MMR dMMR');
  });

  it('words companions, loading doses, weight bands and infusions', () => {
    expect(describeCompanions(rec('NSCLC-NSQ-PEM-CHEMO').with!, zh)).toBe('培美曲塞和卡铂或顺铂（任选其一）');
    expect(describeCompanionsCriterion(rec('NSCLC-NSQ-PEM-CHEMO').with!, zh)).toBe('联合培美曲塞和卡铂或顺铂（任选其一）');
    expect(describeCompanionsCriterion(rec('NSCLC-NSQ-PEM-CHEMO').with!, en)).toBe('with pemetrexed and either carboplatin or cisplatin');
    expect(describeCompanions(rec('GC-HER2-TRA').with!, en)).toBe('either oxaliplatin or cisplatin');
    expect(describeDose(rec('BC-HER2-H').dose, zh)).toBe('6 mg/kg 每 3 周一次（首周期 8 mg/kg）');
    expect(describeDose(rec('CRC-RASWT-L-CET').dose, en)).toBe('250 mg/m² weekly (cycle 1: 400 mg/m²)');
    expect(describeDose(rec('HCC-LEN').dose, zh)).toBe('体重 < 60 kg：8 mg；其他：12 mg 每日一次');
    expect(describeDose(rec('LBCL-3L-AXI').dose, zh)).toBe('输注 1 次');
  });

  it('covers every criterion of the edition in both languages without a missing key', () => {
    const all: Criterion[] = edition.recommendations.flatMap((r) => r.criteria);
    for (const v of [zh, en]) {
      for (const c of all) {
        const text = describeCriterion(c, v);
        expect(text).not.toMatch(/rules\.|vocab\.|caseFacts\.|\{\{/);
      }
    }
  });
});
