import { describe, expect, it } from 'vitest';
import type { EngineReason } from '../../../shared/payout';
import { LINE_REASON_LABELS, lineReasonLabel } from '../../../shared/payout/line-reason-labels';
import { loadProducts } from '../../../src-main/editions/load-products';

const ENGINE_REASONS: EngineReason[] = ['NOT_COVERED_SETTING', 'OFF_PATHWAY', 'PATHWAY_PENDING', 'DEDUCTIBLE', 'LIMIT_REACHED'];

describe('payout line reason labels', () => {
  it('label every engine code and every exclusion reason the shipped products name, in both languages', () => {
    const exclusionReasons = loadProducts().products.flatMap((p) => p.exclusions.map((x) => x.reason));
    expect(exclusionReasons.length).toBeGreaterThan(0);
    for (const code of [...ENGINE_REASONS, ...exclusionReasons]) {
      expect(Object.hasOwn(LINE_REASON_LABELS, code), code).toBe(true);
      for (const language of ['zh-CN', 'en'] as const) expect(lineReasonLabel(code, language), code).not.toMatch(/^$|_/);
    }
    expect(lineReasonLabel('DEDUCTIBLE', 'zh-CN')).toBe('全部计入免赔额');
    expect(lineReasonLabel('PRE_EXISTING_EXCLUDED', 'en')).toBe('Pre-existing condition excluded');
  });

  it('show an unknown code as it is', () => {
    expect(lineReasonLabel('WAITING_PERIOD_EXCLUDED', 'zh-CN')).toBe('WAITING_PERIOD_EXCLUDED');
    expect(lineReasonLabel('toString', 'en')).toBe('toString');
  });
});
