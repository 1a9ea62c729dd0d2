import { describe, expect, it } from 'vitest';
import { addDays, ageOn, beijingTimestamp, dayNumber, daysBetween, isoDateOf } from '../../../resources/demo/calendar';

// The demo's day arithmetic avoids Date objects for speed; it must agree with Date everywhere.

describe('demo calendar', () => {
  it('agrees with Date on every day from 1900 to 2100', () => {
    const start = Date.UTC(1900, 0, 1);
    for (let ms = start, n = 0; n < 73_415; ms += 86_400_000, n++) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      const days = Math.round(ms / 86_400_000);
      if (dayNumber(iso) !== days || isoDateOf(days) !== iso) throw new Error(`disagrees on ${iso}`);
    }
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-01-01', '2025-12-31')).toBe(364);
  });

  it('turns Beijing wall-clock times into UTC timestamps, crossing midnight backwards', () => {
    expect(beijingTimestamp('2025-12-01', 9, 0)).toBe('2025-12-01T01:00:00.000Z');
    expect(beijingTimestamp('2025-12-01', 7, 5)).toBe('2025-11-30T23:05:00.000Z');
    expect(beijingTimestamp('2025-03-01', 0, 30)).toBe('2025-02-28T16:30:00.000Z');
  });

  it('counts age in completed years', () => {
    expect(ageOn('1960-12-02', '2025-12-01')).toBe(64);
    expect(ageOn('1960-12-01', '2025-12-01')).toBe(65);
  });
});
