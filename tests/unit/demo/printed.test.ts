import { describe, expect, it } from 'vitest';
import { decimalYuan, fullwidthDigits, printAmount, printDate, type PrintStyle } from '../../../resources/demo/printed';

const style = (over: Partial<PrintStyle>): PrintStyle => ({ date: 'iso', amount: 'plain', label: 'fullwidth_colon', fullwidthDigits: false, ...over });

describe('printed forms of the demo documents', () => {
  it('prints fen as yuan by integer string arithmetic', () => {
    expect(decimalYuan(1_530_000)).toBe('15300.00');
    expect(decimalYuan(5)).toBe('0.05');
    expect(decimalYuan(123_456_789, true)).toBe('1,234,567.89');
  });

  it('prints dates in the three styles, optionally with full-width digits', () => {
    expect(printDate('2025-03-01', style({ date: 'iso' }))).toBe('2025-03-01');
    expect(printDate('2025-03-01', style({ date: 'chinese' }))).toBe('2025年3月1日');
    expect(printDate('2025-03-01', style({ date: 'dotted' }))).toBe('2025.03.01');
    expect(printDate('2025-03-01', style({ date: 'chinese', fullwidthDigits: true }))).toBe('２０２５年３月１日');
  });

  it('prints amounts with the currency marks seen on invoices', () => {
    expect(printAmount(1_530_000, style({ amount: 'yen' }))).toBe('¥15,300.00');
    expect(printAmount(1_530_000, style({ amount: 'fullwidth_yen' }))).toBe('￥15300.00');
    expect(printAmount(1_530_000, style({ amount: 'yuan' }))).toBe('15300.00元');
    expect(fullwidthDigits('a1b2')).toBe('a１b２');
  });
});
