import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, toFullWidth, toHalfWidth } from '../../../shared/extraction/width';

describe('full-width and half-width forms', () => {
  it.each([
    ['２０２５－０３－０１', '2025-03-01'],
    ['合计（小写）：￥１５，３００．００', '合计(小写):¥15,300.00'],
    ['交款人\u3000张三', '交款人 张三'],
    ['ＨＥＲ２（２＋）', 'HER2(2+)'],
    ['甲磺酸奥希替尼片', '甲磺酸奥希替尼片'],
  ])('%s → %s', (printed, half) => {
    expect(toHalfWidth(printed)).toBe(half);
  });

  it('compact drops every space after folding', () => {
    expect(compact('姓\u3000 名 ： 张三')).toBe('姓名:张三');
  });

  it('printing ASCII full width and folding it back gives the text again', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...' 0123456789abcXYZ.,:;()-+/¥%') }), (s) => {
      expect(toHalfWidth(toFullWidth(s))).toBe(s);
    }));
  });

  it('folding is idempotent and keeps the length, so indexes of the folded text point into the printed one', () => {
    fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...'０１２３：（）￥\u3000合计元'), fc.constantFrom(...'ab12 :')) }), (s) => {
      const half = toHalfWidth(s);
      expect(half.length).toBe(s.length);
      expect(toHalfWidth(half)).toBe(half);
    }));
  });
});
