import { describe, expect, it } from 'vitest';
import type { DatasetClaim } from '../../../shared/domain/dataset';
import { demoClaims } from '../../../src-main/demo/demo-claims';
import { demoDayOffset, shiftClaim, shiftClaims, shiftTimestamp } from '../../../src-main/demo/relative-dates';
import { committedDataset } from './committed';

// The demo dated relative to the day it is loaded: receivedAt and slaDue move by whole days so that
// generatedAt falls on that day in China; nothing printed in the documents moves.

const GENERATED_AT = '2025-12-01T01:00:00.000Z'; // 2025-12-01 09:00 in China
const TODAY = new Date('2026-12-04T15:26:00.000Z'); // 2026-12-04 23:26 in China

describe('the whole-day offset to the day the demo is loaded', () => {
  it('counts calendar days between generatedAt and today in China time', () => {
    expect(demoDayOffset(GENERATED_AT, TODAY)).toBe(368);
    expect(demoDayOffset(GENERATED_AT, new Date(GENERATED_AT))).toBe(0);
    expect(demoDayOffset(GENERATED_AT, new Date('2025-11-30T12:00:00.000Z'))).toBe(-1);
  });

  it('turns at midnight in China, not at midnight UTC', () => {
    expect(demoDayOffset(GENERATED_AT, new Date('2026-12-04T15:59:59.999Z'))).toBe(368); // 23:59:59 in China
    expect(demoDayOffset(GENERATED_AT, new Date('2026-12-04T16:30:00.000Z'))).toBe(369); // already 2026-12-05 00:30 in China
    expect(demoDayOffset(GENERATED_AT, new Date('2026-12-04T00:30:00.000Z'))).toBe(368); // 08:30 in China, before the demo's 09:00
    // A generatedAt late in the UTC day is already the next day in China.
    expect(demoDayOffset('2025-12-01T17:00:00.000Z', new Date('2025-12-02T01:00:00.000Z'))).toBe(0);
  });

  it('refuses what is not a time', () => {
    expect(() => demoDayOffset('not a date', TODAY)).toThrow(RangeError);
    expect(() => demoDayOffset(GENERATED_AT, new Date(Number.NaN))).toThrow(RangeError);
    expect(() => shiftTimestamp('2025-13-45', 1)).toThrow(RangeError);
  });
});

describe('shifting a claim', () => {
  const claim = committedDataset().claims[0]!;
  const sample = { ...claim, receivedAt: '2025-11-30T02:00:00.000Z', slaDue: '2025-12-30T10:00:00.000Z' };

  it('moves receivedAt and slaDue by whole days, keeping the time of day and the ISO form', () => {
    const shifted = shiftClaim(sample, 368);
    expect(shifted.receivedAt).toBe('2026-12-03T02:00:00.000Z');
    expect(shifted.slaDue).toBe('2027-01-02T10:00:00.000Z');
    expect(shiftTimestamp('2024-02-28T20:00:00.000Z', 1)).toBe('2024-02-29T20:00:00.000Z');
    expect(shiftTimestamp('2026-01-01T00:00:00.000Z', -1)).toBe('2025-12-31T00:00:00.000Z');
  });

  it('leaves every other field alone: claim number, policy term, case dates, documents', () => {
    const shifted = shiftClaim(claim, 368);
    expect({ ...shifted, receivedAt: claim.receivedAt, slaDue: claim.slaDue }).toEqual(claim);
    expect(shifted.policy).toBe(claim.policy);
    expect(shifted.case).toBe(claim.case);
    expect(shifted.documents).toBe(claim.documents);
    expect(claim.receivedAt).not.toBe(shifted.receivedAt); // the input is not changed
  });

  it('returns the claim itself for a zero shift, and shifts a sequence lazily', () => {
    expect(shiftClaim(claim, 0)).toBe(claim);
    const seen: string[] = [];
    const claims = (function* () {
      for (const c of [sample, sample]) {
        seen.push(c.claimNumber);
        yield c;
      }
    })();
    const shifted = shiftClaims(claims, 1);
    expect(seen).toEqual([]);
    expect(shifted.next().value?.receivedAt).toBe('2025-12-01T02:00:00.000Z');
    expect(seen).toHaveLength(1);
  });
});

describe('loading the demo with today', () => {
  const ds = committedDataset();
  const open = (claims: DatasetClaim[]) => claims.filter((c) => c.status !== 'decided');

  it('loads the dataset unchanged without today (test fixtures)', () => {
    const claims = [...demoClaims(ds, {})];
    expect(claims).toHaveLength(ds.claims.length);
    claims.forEach((c, i) => expect(c).toBe(ds.claims[i]));
  });

  it('puts the newest claim on or before today, and SLA deadlines around today, some overdue', () => {
    const claims = [...demoClaims(ds, { today: TODAY })];
    const now = TODAY.toISOString();
    const newest = claims.map((c) => c.receivedAt).sort().at(-1)!;
    expect(newest <= now).toBe(true);
    expect(newest.slice(0, 10) >= '2026-12-03').toBe(true); // received within the last day
    expect(open(claims).filter((c) => c.slaDue < now).length).toBeGreaterThan(10);
    expect(open(claims).filter((c) => c.slaDue > now).length).toBeGreaterThan(10);
    for (const c of claims) expect(c.slaDue > c.receivedAt).toBe(true);
  });

  it('keeps each claim where it stands relative to now: the same days overdue as on generatedAt', () => {
    const claims = [...demoClaims(ds, { today: TODAY })];
    const shiftedNow = Date.parse(shiftTimestamp(ds.generatedAt, 368));
    claims.forEach((c, i) => {
      const original = ds.claims[i]!;
      expect(shiftedNow - Date.parse(c.slaDue)).toBe(Date.parse(ds.generatedAt) - Date.parse(original.slaDue));
      expect(c.case).toEqual(original.case);
      expect(c.policy).toEqual(original.policy);
    });
  });

  it('shifts the synthetic claims of a scale run by the same days', () => {
    const plain = [...demoClaims(ds, { scale: 50 })];
    const shifted = [...demoClaims(ds, { scale: 50, today: TODAY })];
    expect(shifted).toHaveLength(ds.claims.length + 50);
    shifted.forEach((c, i) => expect(c).toEqual(shiftClaim(plain[i]!, 368)));
    const synthetic = shifted.slice(ds.claims.length);
    expect(synthetic.every((c) => c.receivedAt <= TODAY.toISOString())).toBe(true);
  });
});
