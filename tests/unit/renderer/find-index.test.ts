import { describe, expect, it } from 'vitest';
import { findInPage, indexPageText } from '../../../src-renderer/workspace/viewer/find/find-index';

describe('find in document', () => {
  const page = indexPageText([
    { str: '检测到 EGFR 19号外显子', hasEOL: false },
    { str: '缺失突变', hasEOL: true },
    { str: '合计：１２３４．５６元' },
  ]);

  it('finds a phrase across text items and maps it back to each item', () => {
    expect(findInPage(page, '外显子缺失')).toEqual([[{ item: 0, start: 12, end: 15 }, { item: 1, start: 0, end: 2 }]]);
  });

  it('ignores case and full-width forms', () => {
    expect(findInPage(page, 'egfr')).toEqual([[{ item: 0, start: 4, end: 8 }]]);
    expect(findInPage(page, '1234.56')).toEqual([[{ item: 2, start: 3, end: 10 }]]);
  });

  it('does not match across a line end', () => {
    expect(findInPage(page, '突变合计')).toEqual([]);
  });

  it('finds every occurrence, and nothing for a blank query', () => {
    const repeated = indexPageText([{ str: 'abcabc' }, { str: 'ABC' }]);
    expect(findInPage(repeated, 'abc')).toHaveLength(3);
    expect(findInPage(repeated, '   ')).toEqual([]);
  });
});
