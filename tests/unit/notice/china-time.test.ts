import { describe, expect, it } from 'vitest';
import { chinaDateTime } from '../../../src-main/notice/china-time';

describe('China time', () => {
  it('shows an instant in Asia/Shanghai, whatever its offset, to the minute', () => {
    expect(chinaDateTime('2025-06-01T06:42:10Z')).toBe('2025-06-01 14:42');
    expect(chinaDateTime('2025-12-31T16:00:00.000Z')).toBe('2026-01-01 00:00');
    expect(chinaDateTime('2025-03-01T09:30:00+09:00')).toBe('2025-03-01 08:30');
  });

  it('refuses what is not an instant', () => {
    expect(() => chinaDateTime('yesterday')).toThrow(RangeError);
  });
});
