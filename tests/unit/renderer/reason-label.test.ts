import { describe, expect, it } from 'vitest';
import { REASON } from '../../../shared/pathway/types';
import { reasonLabel } from '../../../src-renderer/workspace/pathway/reason-label';
import { translator } from './translator';

describe('reason labels', () => {
  it('translates the undocumented codes with what is missing', async () => {
    const zh = await translator('zh-CN');
    expect(reasonLabel(zh, 'BIOMARKER_NOT_DOCUMENTED:EGFR')).toBe('未记录生物标志物：EGFR');
    expect(reasonLabel(zh, 'CRITERION_NOT_DOCUMENTED:weightKg')).toBe('未记录：体重');
    const en = await translator('en');
    expect(reasonLabel(en, 'BIOMARKER_NOT_DOCUMENTED:PD-L1')).toBe('Biomarker not documented: PD-L1');
    expect(reasonLabel(en, 'CRITERION_NOT_DOCUMENTED:advancedSince')).toBe('Not documented: date advanced');
  });

  it('has a label for every pathway and payout code in both languages', async () => {
    const payout = ['NOT_COVERED_SETTING', 'OFF_PATHWAY', 'PATHWAY_PENDING', 'DEDUCTIBLE', 'LIMIT_REACHED', 'PRE_EXISTING_EXCLUDED'];
    const facts = ['setting', 'stage', 'histology', 'primarySite', 'advancedSince', 'priorLines', 'priorAdjuvant', 'childPugh', 'weightKg', 'heightCm', 'dose', 'frequency'];
    const codes = [...Object.values(REASON), ...payout, ...facts.map((f) => `CRITERION_NOT_DOCUMENTED:${f}`)];
    for (const language of ['zh-CN', 'en'] as const) {
      const t = await translator(language);
      for (const code of codes) {
        const label = reasonLabel(t, code);
        expect(label, code).not.toMatch(/_|\{\{/);
        const fact = code.split(':')[1];
        if (fact && /[A-Z]/.test(fact)) expect(label, code).not.toContain(fact);
      }
    }
  });

  it('shows an unknown code as it is', async () => {
    const zh = await translator('zh-CN');
    expect(reasonLabel(zh, 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(reasonLabel(zh, 'SOMETHING_NEW:x')).toBe('SOMETHING_NEW:x');
    expect(reasonLabel(zh, 'CRITERION_NOT_DOCUMENTED:someFact')).toBe('未记录：someFact');
  });
});
