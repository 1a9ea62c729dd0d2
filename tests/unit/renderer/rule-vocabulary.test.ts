import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../../src-main/editions/load-edition';
import { pick, ruleVocabulary } from '../../../src-renderer/rules/rule-vocabulary';
import { translator } from './translator';

const edition = loadEdition('CDP-2025.1');

describe('the rule vocabulary', () => {
  it('names drugs in the UI language with the other language beside them', async () => {
    const zh = ruleVocabulary(edition, await translator('zh-CN'), 'zh-CN');
    const en = ruleVocabulary(edition, await translator('en'), 'en');
    expect([zh.drug('osimertinib'), zh.drugAlt('osimertinib')]).toEqual(['奥希替尼', 'osimertinib']);
    expect([en.drug('osimertinib'), en.drugAlt('osimertinib')]).toEqual(['osimertinib', '奥希替尼']);
    expect([zh.drug('fludarabine'), zh.drugAlt('fludarabine')]).toEqual(['fludarabine', null]);
  });

  it('names cancer types and drug classes, and joins lists the way each language does', async () => {
    const zh = ruleVocabulary(edition, await translator('zh-CN'), 'zh-CN');
    const en = ruleVocabulary(edition, await translator('en'), 'en');
    expect(zh.cancerType('HCC')).toBe('肝细胞癌');
    expect(en.drugClass('PI')).toBe('proteasome inhibitors');
    expect(zh.cancerType('XYZ')).toBe('XYZ');
    expect(zh.or(['甲', '乙', '丙'])).toBe('甲、乙或丙');
    expect(en.and(['a', 'b', 'c'])).toBe('a, b, and c');
  });

  it('picks the Chinese text unless the UI is English', () => {
    const text = { en: 'E', 'zh-CN': '中' };
    expect([pick(text, 'zh-CN'), pick(text, 'en'), pick(text, 'en-GB'), pick(text, 'fr')]).toEqual(['中', 'E', 'E', '中']);
  });
});
