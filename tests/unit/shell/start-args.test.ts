import { describe, expect, it } from 'vitest';
import { parseStartArgs } from '../../../src-main/start-args';

describe('start arguments', () => {
  it('read --demo and --scale, a scale implying a fresh demo set', () => {
    expect(parseStartArgs([])).toEqual({ demo: false, scale: undefined });
    expect(parseStartArgs(['--demo'])).toEqual({ demo: true, scale: undefined });
    expect(parseStartArgs(['--scale', '100000'])).toEqual({ demo: true, scale: 100000 });
  });

  it('refuse a scale that is not a whole number in range', () => {
    expect(() => parseStartArgs(['--scale', 'lots'])).toThrow(/whole number/);
    expect(() => parseStartArgs(['--scale', '-1'])).toThrow(/whole number/);
    expect(() => parseStartArgs(['--scale'])).toThrow(/whole number/);
  });
});
