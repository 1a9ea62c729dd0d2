import { describe, expect, it } from 'vitest';
import { fenToYuanText, formatDate, formatDateTime, formatFen } from '../../../src-renderer/common/format';
import { slaState } from '../../../src-renderer/common/sla';
import { confidenceLevel } from '../../../src-renderer/workspace/fields/confidence';

describe('display formats', () => {
  it('shows fen as ¥ with thousands separators, exactly', () => {
    expect(formatFen(123456)).toBe('¥1,234.56');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(900719925474099)).toBe('¥9,007,199,254,740.99');
  });

  it('gives the editor plain yuan text without floats', () => {
    expect(fenToYuanText(123456)).toBe('1234.56');
    expect(fenToYuanText(7)).toBe('0.07');
    expect(fenToYuanText(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
  });

  it('shows calendar dates on their own day in every time zone, in the UI language', () => {
    expect(formatDate('2025-03-01', 'zh-CN')).toBe('2025/03/01');
    expect(formatDate('2025-03-01', 'en')).toBe('03/01/2025');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDateTime('garbage', 'zh-CN')).toBe('garbage');
  });

  it('colours SLA amber within a day and red when overdue', () => {
    const now = Date.parse('2025-03-01T12:00:00Z');
    expect(slaState('2025-03-03T12:00:00Z', now)).toBe('ok');
    expect(slaState('2025-03-02T11:00:00Z', now)).toBe('soon');
    expect(slaState('2025-03-01T11:59:59Z', now)).toBe('overdue');
  });

  it('grades confidence green, amber, red', () => {
    expect([0.95, 0.9, 0.89, 0.75, 0.74].map(confidenceLevel)).toEqual(['high', 'high', 'medium', 'medium', 'low']);
  });
});
