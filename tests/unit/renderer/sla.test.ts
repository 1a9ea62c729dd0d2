import { describe, expect, it } from 'vitest';
import { formatSlaDistance, slaState } from '../../../src-renderer/common/sla';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('the SLA as time left or overdue', () => {
  it('shows the two largest units, whole minutes rounded down, in both languages', () => {
    expect(formatSlaDistance(2 * DAY + 3 * HOUR + 59 * MIN, 'zh-CN')).toBe('2天3小时');
    expect(formatSlaDistance(2 * DAY + 3 * HOUR + 59 * MIN, 'en')).toBe('2d 3h');
    expect(formatSlaDistance(5 * HOUR + 7 * MIN, 'zh-CN')).toBe('5小时7分钟');
    expect(formatSlaDistance(45 * MIN + 59_000, 'en')).toBe('45m');
    expect(formatSlaDistance(30_000, 'zh-CN')).toBe('0分钟');
  });

  it('reads an overdue deadline by its distance too (the sign is the state)', () => {
    expect(formatSlaDistance(-(DAY + 2 * HOUR), 'zh-CN')).toBe('1天2小时');
    const now = Date.parse('2026-12-04T08:00:00Z');
    expect(slaState('2026-12-04T07:59:00Z', now)).toBe('overdue');
    expect(slaState('2026-12-05T07:59:00Z', now)).toBe('soon');
    expect(slaState('2026-12-05T08:01:00Z', now)).toBe('ok');
  });
});
