import { toHalfWidth } from './width';

// Dates as printed on claim documents: 2025年3月1日, 2025-03-01, 2025.03.01, 2025/3/1, with
// full-width digits, spaces inside, or in Chinese numerals (二〇二五年三月一日). Read to ISO
// YYYY-MM-DD; impossible calendar dates are not dates.

export interface FoundDate {
  iso: string;
  /** Index and length of the printed date in the (unfolded) text. */
  index: number;
  length: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const ZH_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH = '〇零一二三四五六七八九十';

const NUMERIC = [
  // 2025年3月1日 (the 日 is sometimes left off at the end of a cell)
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号)?/g,
  // 2025-03-01, 2025.03.01, 2025/3/1 (a recogniser may mix the separators)
  /(?<!\d)(\d{4})\s*([-./])\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)/g,
];
const CHINESE = new RegExp(`([${ZH}]{4})年([${ZH}]{1,3})月([${ZH}]{1,3})[日号]`, 'g');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO text of a calendar date, or null when it does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 十 = 10, 十二 = 12, 二十 = 20, 二十三 = 23; digit strings (二〇二五) read digit by digit. */
function chineseNumber(text: string): number | null {
  if (!text.includes('十')) {
    let n = 0;
    for (const ch of text) {
      const d = ZH_DIGITS[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  const [tens, ones] = text.split('十') as [string, string];
  const t = tens === '' ? 1 : ZH_DIGITS[tens];
  const o = ones === '' ? 0 : ZH_DIGITS[ones];
  if (t === undefined || o === undefined || tens.length > 1 || ones.length > 1) return null;
  return t * 10 + o;
}

/** Every date printed in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  // Folding to half width keeps every index: each full-width character is one UTF-16 unit, as its ASCII form.
  const half = toHalfWidth(text);
  const found: FoundDate[] = [];
  const taken = (i: number) => found.some((f) => i >= f.index && i < f.index + f.length);
  for (const re of NUMERIC) {
    for (const m of half.matchAll(re)) {
      if (taken(m.index)) continue;
      const [y, mo, d] = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
      const iso = isoDate(Number(y), Number(mo), Number(d));
      if (iso) found.push({ iso, index: m.index, length: m[0].trimEnd().length });
    }
  }
  for (const m of half.matchAll(CHINESE)) {
    if (taken(m.index)) continue;
    const [y, mo, d] = [m[1]!, m[2]!, m[3]!].map(chineseNumber);
    const iso = y != null && mo != null && d != null ? isoDate(y, mo, d) : null;
    if (iso) found.push({ iso, index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date printed in the text, as ISO, or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}
