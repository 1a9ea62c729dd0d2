import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { loadProducts } from '../../../src-main/editions/load-products';
import { describeCondition, describePercentRule } from '../../../src-renderer/rules/describe-condition';
import { translator } from './translator';

const products = loadProducts();
const product = (code: string) => products.products.find((p) => p.code === code)!;

describe('product conditions in words', () => {
  let zh: TFunction;
  let en: TFunction;
  beforeAll(async () => {
    [zh, en] = await Promise.all([translator('zh-CN'), translator('en')]);
  });

  it('words which lines each benefit takes', () => {
    const hmb = product('HMB-SH-2023');
    expect(describeCondition(hmb.benefits[1]!.lines, hmb, zh, 'zh-CN')).toBe('特定高额药品清单内药品');
    expect(describeCondition(hmb.benefits[2]!.lines, hmb, zh, 'zh-CN')).toBe('住院，自费');
    expect(describeCondition(hmb.benefits[2]!.lines, hmb, en, 'en')).toBe('inpatient, Self-pay');
    expect(describeCondition({}, hmb, zh, 'zh-CN')).toBe('所有费用');
    expect(describeCondition({ preExisting: true }, hmb, en, 'en')).toBe('pre-existing condition');
  });

  it('words percent rules: conditional ones, the fallback, and a single rule', () => {
    const hmb = product('HMB-SH-2023');
    const special = hmb.benefits[1]!;
    expect(describePercentRule(special, 0, hmb, zh, 'zh-CN')).toBe('既往症：30%');
    expect(describePercentRule(special, 1, hmb, zh, 'zh-CN')).toBe('其他情形：70%');
    expect(describePercentRule(hmb.benefits[0]!, 0, hmb, zh, 'zh-CN')).toBe('100%');
    const mm = product('MM-2025');
    expect(describePercentRule(mm.benefits[0]!, 1, mm, zh, 'zh-CN')).toBe('甲类/乙类，未经基本医保结算：60%');
    expect(describePercentRule(mm.benefits[0]!, 9, mm, zh, 'zh-CN')).toBe('');
  });
});
