// Dates of the demo world. Everything is relative to one fixed "now", so the dataset never depends on
// the day it is generated, and SLA deadlines fall around it (some already overdue).
//
// Date arithmetic is done on day numbers with the civil-calendar algorithms of H. Hinnant rather than
// through Date objects: synthetic claims compute several dates each, a hundred thousand times over.

/** The demo's "now": 2025-12-01 09:00 Beijing time. Also the dataset's generatedAt. */
export const REFERENCE_NOW = '2025-12-01T01:00:00.000Z';
export const REFERENCE_DATE = '2025-12-01';

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(isoDate: string): number {
  let y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The ISO date of a day number. */
export function isoDateOf(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(isoDate: string, days: number): string {
  return isoDateOf(dayNumber(isoDate) + days);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** A wall-clock time in Beijing (UTC+8) as a UTC ISO timestamp, the form times are stored in. */
export function beijingTimestamp(isoDate: string, hour: number, minute: number): string {
  const minutes = dayNumber(isoDate) * 1440 + (hour - 8) * 60 + minute;
  const day = Math.floor(minutes / 1440);
  const inDay = minutes - day * 1440;
  return `${isoDateOf(day)}T${pad2(Math.floor(inDay / 60))}:${pad2(inDay % 60)}:00.000Z`;
}

/** Age in whole years on a date. */
export function ageOn(birthDate: string, isoDate: string): number {
  const years = Number(isoDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return isoDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** A pdfkit CreationDate for a document issued on a date (08:00 Beijing), fixed so output is stable. */
export function creationDateOf(isoDate: string): Date {
  return new Date(beijingTimestamp(isoDate, 8, 0));
}
