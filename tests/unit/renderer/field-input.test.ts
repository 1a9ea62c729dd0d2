import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputText, parseInput } from '../../../src-renderer/workspace/fields/field-input';
import { fieldKind } from '../../../src-renderer/workspace/fields/field-kind';

describe('field kinds', () => {
  it('follows the docs/document-types.md keys, then the value', () => {
    expect(fieldKind('totalFen', 123)).toBe('amount');
    expect(fieldKind('issueDate', '2025-03-01')).toBe('date');
    expect(fieldKind('items', null)).toBe('list');
    expect(fieldKind('age', '62')).toBe('number');
    expect(fieldKind('hospital', '瑞金医院')).toBe('text');
    expect(fieldKind('someNewKey', [1])).toBe('list');
  });
});

describe('field editor input', () => {
  it('takes amounts in yuan and gives exact fen', () => {
    expect(parseInput('amount', '1,234.56')).toEqual({ ok: true, value: 123456 });
    expect(parseInput('amount', '０.１')).toEqual({ ok: true, value: 10 });
    expect(parseInput('amount', '19.99元')).toEqual({ ok: true, value: 1999 });
    expect(parseInput('amount', '1.005')).toEqual({ ok: false, problem: 'invalidAmount' });
    expect(parseInput('amount', '-5')).toEqual({ ok: false, problem: 'invalidAmount' });
    expect(parseInput('amount', ' ')).toEqual({ ok: false, problem: 'required' });
  });

  it('round-trips every amount through the editor text exactly', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (fen) => {
      expect(parseInput('amount', inputText('amount', fen))).toEqual({ ok: true, value: fen });
    }));
  });

  it('accepts only real calendar dates, typed as they are printed', () => {
    expect(parseInput('date', '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseInput('date', '2025-02-29')).toEqual({ ok: false, problem: 'invalidDate' });
    expect(parseInput('date', '2025/03/01')).toEqual({ ok: true, value: '2025-03-01' });
    expect(parseInput('date', '2025.3.1')).toEqual({ ok: true, value: '2025-03-01' });
    expect(parseInput('date', '2025年3月1日')).toEqual({ ok: true, value: '2025-03-01' });
    expect(parseInput('date', '2025-03-01 到 2025-03-05')).toEqual({ ok: false, problem: 'invalidDate' });
    expect(parseInput('date', '3月1日')).toEqual({ ok: false, problem: 'invalidDate' });
  });

  it('takes a list of results as words between commas', () => {
    expect(fieldKind('egfr', ['exon19del'])).toBe('terms');
    expect(parseInput('terms', 'negative')).toEqual({ ok: true, value: ['negative'] });
    expect(parseInput('terms', 'L858R， T790M、')).toEqual({ ok: true, value: ['L858R', 'T790M'] });
    expect(parseInput('terms', ' , ')).toEqual({ ok: false, problem: 'required' });
    expect(inputText('terms', ['exon19del', 'T790M'])).toBe('exon19del, T790M');
  });

  it('parses numbers, JSON lists and text', () => {
    expect(parseInput('number', '62')).toEqual({ ok: true, value: 62 });
    expect(parseInput('number', '六十')).toEqual({ ok: false, problem: 'invalidNumber' });
    expect(parseInput('list', '[{"name":"奥希替尼","amountFen":100}]')).toEqual({ ok: true, value: [{ name: '奥希替尼', amountFen: 100 }] });
    const broken = parseInput('list', '[{');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && typeof broken.problem === 'object').toBe(true);
    expect(parseInput('text', '  瑞金医院 ')).toEqual({ ok: true, value: '瑞金医院' });
  });

  it('starts the editor from the current value', () => {
    expect(inputText('amount', 100)).toBe('1.00');
    expect(inputText('list', [1])).toBe('[\n  1\n]');
    expect(inputText('text', null)).toBe('');
  });
});
