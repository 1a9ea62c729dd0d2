import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, isoDate, parseDate } from '../../../shared/extraction/dates';
import { toFullWidth } from '../../../shared/extraction/width';

const ZH = '〇一二三四五六七八九';
const zhDigits = (n: number) => String(n).split('').map((d) => ZH[Number(d)]).join('');
const zhSmall = (n: number) => (n < 10 ? ZH[n]! : `${n >= 20 ? ZH[Math.floor(n / 10)] : ''}十${n % 10 ? ZH[n % 10] : ''}`);

/** Every printed form of docs/document-types.md for a date, including full-width digits and Chinese numerals. */
function printedForms(y: number, m: number, d: number): string[] {
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const forms = [`${y}年${m}月${d}日`, `${y}年${mm}月${dd}日`, `${y} 年 ${m} 月 ${d} 日`, `${y}-${mm}-${dd}`, `${y}.${mm}.${dd}`, `${y}/${m}/${d}`];
  return [...forms, ...forms.map(toFullWidth), `${zhDigits(y)}年${zhSmall(m)}月${zhSmall(d)}日`];
}

describe('dates', () => {
  it.each([
    ['2025年3月1日', '2025-03-01'],
    ['2025-03-01', '2025-03-01'],
    ['2025.03.01', '2025-03-01'],
    ['2025/3/1', '2025-03-01'],
    ['２０２５年３月１日', '2025-03-01'],
    ['二〇二五年三月一日', '2025-03-01'],
    ['开票日期：2024 年 12 月 31 日 10:22', '2024-12-31'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (printed, iso) => {
    expect(parseDate(printed)).toBe(iso);
  });

  it.each(['2025年2月30日', '2023-02-29', '2025-13-01', '2025.00.10', '12345', '第3页'])('%s is not a date', (printed) => {
    expect(parseDate(printed)).toBeNull();
  });

  it('finds every date of a line with its position', () => {
    const line = '入院日期 2025-03-01 出院日期 2025年3月9日';
    expect(findDates(line).map((d) => [d.iso, line.substr(d.index, d.length)])).toEqual([
      ['2025-03-01', '2025-03-01'], ['2025-03-09', '2025年3月9日'],
    ]);
  });

  it('every printed form of a calendar date reads back to it', () => {
    const day = fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .filter(([y, m, d]) => isoDate(y, m, d) !== null);
    fc.assert(fc.property(day, ([y, m, d]) => {
      const iso = isoDate(y, m, d)!;
      for (const printed of printedForms(y, m, d)) expect(parseDate(printed)).toBe(iso);
    }));
  });
});
