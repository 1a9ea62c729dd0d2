import { describe, expect, it } from 'vitest';
import { factValueText } from '../../../src-renderer/workspace/pathway/fact-value';

describe('fact values', () => {
  it('reads scalars, lists and a dose', () => {
    expect(factValueText('IIA')).toBe('IIA');
    expect(factValueText(0)).toBe('0');
    expect(factValueText(false)).toBe('false');
    expect(factValueText(['exon19del', 'T790M'])).toBe('exon19del, T790M');
    expect(factValueText({ value: 80, unit: 'mg' })).toBe('value 80, unit mg');
    expect(factValueText([{ value: 1, unit: null }, null])).toBe('value 1, —');
  });

  it('says nothing for an absent fact, so the panel can mark it undocumented', () => {
    expect(factValueText(null)).toBeNull();
    expect(factValueText(undefined)).toBeNull();
  });
});
