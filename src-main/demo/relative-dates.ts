import type { DatasetClaim } from '../../shared/domain/dataset';

// The demo world has a fixed "now" (the dataset's generatedAt). Loaded on another day, its queue would
// be that many days stale: every SLA long overdue. So the loader moves each claim's workflow
// timestamps (when it came in, when it is due) by whole days, to put generatedAt on the day it is
// loaded, at the same time of day. Clinical and document dates (treatments, reports, policy terms)
// stay as they are: they are printed in the claim's PDFs.

const DAY_MS = 86_400_000;
/** China time, UTC+8 all year (no daylight saving), so a whole day is always 24 hours. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

function epochMs(timestamp: string): number {
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) throw new RangeError(`not a timestamp: ${timestamp}`);
  return ms;
}

/** Days since 1970-01-01 of the calendar date in China at an instant. */
const chinaDay = (ms: number): number => Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);

/** Whole days from the China-time date of `generatedAt` to the China-time date of `today` (negative if earlier). */
export function demoDayOffset(generatedAt: string, today: Date): number {
  const now = today.getTime();
  if (Number.isNaN(now)) throw new RangeError('today is an invalid date');
  return chinaDay(now) - chinaDay(epochMs(generatedAt));
}

/** A UTC ISO timestamp moved by whole days, in the same ISO form. */
export function shiftTimestamp(timestamp: string, days: number): string {
  return new Date(epochMs(timestamp) + days * DAY_MS).toISOString();
}

/** The claim with its receivedAt and slaDue moved by `days`; everything else as it was. */
export function shiftClaim<C extends Pick<DatasetClaim, 'receivedAt' | 'slaDue'>>(claim: C, days: number): C {
  if (days === 0) return claim;
  return { ...claim, receivedAt: shiftTimestamp(claim.receivedAt, days), slaDue: shiftTimestamp(claim.slaDue, days) };
}

/** Each claim shifted by `days`, lazily (synthetic claims may be a hundred thousand). */
export function* shiftClaims<C extends Pick<DatasetClaim, 'receivedAt' | 'slaDue'>>(claims: Iterable<C>, days: number): Generator<C> {
  for (const claim of claims) yield shiftClaim(claim, days);
}
