import { describe, expect, it } from 'vitest';
import { reviewChangeText } from '../../../src-renderer/workspace/audit/review-change';
import { translator } from './translator';

describe('review entries of the audit log', () => {
  it('reads a pathway override and what it replaced', async () => {
    const zh = await translator('zh-CN');
    expect(reviewChangeText(zh, 'pathway_line', { verdict: 'off_pathway', by: 'engine', edition: 'CDP-2025.1' })).toBe('引擎结论：不符合路径（CDP-2025.1）');
    expect(reviewChangeText(zh, 'pathway_line', { verdict: 'in_pathway', edition: 'CDP-2025.1' })).toBe('审核结论：符合路径（CDP-2025.1）');
    const en = await translator('en');
    expect(reviewChangeText(en, 'pathway_line', { verdict: 'insufficient_evidence', by: 'engine', edition: 'CDP-2025.1' })).toBe('Engine: Insufficient evidence (CDP-2025.1)');
  });

  it('reads an expense line taken out or put back', async () => {
    const zh = await translator('zh-CN');
    expect(reviewChangeText(zh, 'expense_line', { included: false })).toBe('已剔除');
    expect(reviewChangeText(zh, 'expense_line', { included: true })).toBe('纳入理算');
  });

  it('leaves anything else to the caller', async () => {
    const zh = await translator('zh-CN');
    expect(reviewChangeText(zh, 'pathway_line', { verdict: 'maybe', edition: 'x' })).toBeNull();
    expect(reviewChangeText(zh, 'expense_line', { included: 'yes' })).toBeNull();
    expect(reviewChangeText(zh, 'field', { key: 'egfr', value: 'x' })).toBeNull();
    expect(reviewChangeText(zh, 'pathway_line', null)).toBeNull();
  });
});
