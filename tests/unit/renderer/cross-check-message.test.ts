import { describe, expect, it } from 'vitest';
import type { CrossCheckCode, CrossCheckWarning } from '../../../shared/claim-case/cross-checks';
import { crossCheckMessage } from '../../../src-renderer/workspace/fields/cross-check-message';
import { translator } from './translator';

const warning = (code: CrossCheckCode, params: CrossCheckWarning['params']): CrossCheckWarning => ({ code, fieldIds: ['F1'], params });

const ALL: CrossCheckWarning[] = [
  warning('PATIENT_NAME_MISMATCH', { names: '张三 / 张山' }),
  warning('INVOICE_ITEMS_TOTAL', { statedFen: 491500, sumFen: 491400 }),
  warning('EXPENSE_LIST_ITEMS_TOTAL', { statedFen: 100, sumFen: 1000001 }),
  warning('EXPENSE_LIST_VS_INVOICE', { listFen: 1234567, invoiceFen: 1234500 }),
  warning('DOSE_QUANTITY', { drug: 'osimertinib', neededMg: 2400, dispensedMg: 1200 }),
  warning('DATES_OUT_OF_ORDER', { first: '2025-07-30', second: '2025-02-20' }),
];

describe('cross-document warnings as sentences', () => {
  it('states amounts exactly in yuan, with the difference', async () => {
    const zh = await translator('zh-CN');
    expect(crossCheckMessage(zh, 'zh-CN', ALL[1]!)).toBe('发票合计 ¥4,915.00 与各项金额之和 ¥4,914.00 不符（相差 ¥1.00）');
    expect(crossCheckMessage(zh, 'zh-CN', ALL[3]!)).toContain('¥12,345.67');
    expect(crossCheckMessage(zh, 'zh-CN', ALL[3]!)).toContain('相差 ¥0.67');
    const en = await translator('en');
    expect(crossCheckMessage(en, 'en', ALL[2]!)).toBe('Expense list total ¥1.00 is not the sum of its rows ¥10,000.01 (off by ¥9,999.01)');
  });

  it('gives names, doses and dates in the UI language', async () => {
    const zh = await translator('zh-CN');
    expect(crossCheckMessage(zh, 'zh-CN', ALL[0]!)).toBe('各单证上的患者姓名不一致：张三 / 张山');
    expect(crossCheckMessage(zh, 'zh-CN', ALL[4]!)).toBe('osimertinib：按处方剂量和天数应为 2,400 mg，实际发药 1,200 mg');
    expect(crossCheckMessage(zh, 'zh-CN', ALL[5]!)).toBe('日期先后不符：2025/07/30 晚于 2025/02/20');
    const en = await translator('en');
    expect(crossCheckMessage(en, 'en', ALL[5]!)).toBe('Dates out of order: 07/30/2025 is after 02/20/2025');
  });

  it('has a message for every check in both languages', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const t = await translator(language);
      for (const w of ALL) {
        const text = crossCheckMessage(t, language, w);
        expect(text).not.toContain('crossChecks.');
        expect(text).not.toMatch(/\{\{|undefined|NaN/);
      }
    }
  });
});
