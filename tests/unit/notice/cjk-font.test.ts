import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FONT_CANDIDATES, findCjkFont, NoticeFontMissingError, parseFontSetting, type FontCandidate,
} from '../../../src-main/notice/cjk-font';

const existing = (...files: string[]) => (file: string) => files.includes(file);
const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const NOTO_BOLD = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';

describe('finding the notice font', () => {
  it('takes CLAIMDESK_NOTICE_FONT first, with an optional PostScript name, for both weights', () => {
    const env = { CLAIMDESK_NOTICE_FONT: 'C:\\Fonts\\my fonts.ttc#MyFont-Regular' };
    const font = findCjkFont({ env, exists: existing('C:\\Fonts\\my fonts.ttc', NOTO) });
    expect(font.regular).toEqual({ file: 'C:\\Fonts\\my fonts.ttc', postscriptName: 'MyFont-Regular' });
    expect(font.bold).toEqual(font.regular);
    expect(parseFontSetting('/fonts/a.ttf')).toEqual({ file: '/fonts/a.ttf' });
    expect(parseFontSetting('/fonts/#1/a.ttf')).toEqual({ file: '/fonts/#1/a.ttf' });
    expect(parseFontSetting('/fonts/#1/a.ttc#A-B')).toEqual({ file: '/fonts/#1/a.ttc', postscriptName: 'A-B' });
    expect(parseFontSetting('/fonts/a.ttc#')).toEqual({ file: '/fonts/a.ttc#' });
  });

  it('then Noto Sans CJK SC, then Windows, then macOS, with bold when the bold file is there', () => {
    expect(findCjkFont({ env: {}, exists: existing(NOTO, NOTO_BOLD, 'C:\\Windows\\Fonts\\msyh.ttc') })).toEqual({
      name: 'Noto Sans CJK SC',
      regular: { file: NOTO, postscriptName: 'NotoSansCJKsc-Regular' },
      bold: { file: NOTO_BOLD, postscriptName: 'NotoSansCJKsc-Bold' },
    });
    const yahei = findCjkFont({ env: {}, exists: existing('C:\\Windows\\Fonts\\msyh.ttc', '/System/Library/Fonts/PingFang.ttc') });
    expect(yahei.name).toBe('Microsoft YaHei');
    expect(yahei.bold).toEqual(yahei.regular);
    const pingFang = findCjkFont({ env: {}, exists: existing('/System/Library/Fonts/PingFang.ttc') });
    expect(pingFang.bold.postscriptName).toBe('PingFangSC-Semibold');
    expect(findCjkFont({ env: {}, exists: existing('/Library/Fonts/Arial Unicode.ttf') }).regular).toEqual({ file: '/Library/Fonts/Arial Unicode.ttf' });
    expect(DEFAULT_FONT_CANDIDATES.map((c) => c.name)).toEqual(['Noto Sans CJK SC', 'Microsoft YaHei', 'SimSun', 'PingFang SC', 'STHeiti', 'Arial Unicode MS']);
  });

  it('reports what it looked for and how to fix it when there is none', () => {
    const find = () => findCjkFont({ env: {}, exists: () => false });
    expect(find).toThrow(NoticeFontMissingError);
    expect(find).toThrow(NOTO);
    expect(find).toThrow('C:\\Windows\\Fonts\\msyh.ttc');
    expect(find).toThrow('/System/Library/Fonts/PingFang.ttc');
    expect(find).toThrow(/sudo apt-get install fonts-noto-cjk.*CLAIMDESK_NOTICE_FONT/);
  });

  it('does not fall back when CLAIMDESK_NOTICE_FONT names no file', () => {
    const candidates: FontCandidate[] = [{ name: 'Test Sans', regular: { file: '/t.ttf' } }];
    const find = () => findCjkFont({ env: { CLAIMDESK_NOTICE_FONT: '/missing.ttc#X' }, candidates, exists: existing('/t.ttf') });
    expect(find).toThrow(NoticeFontMissingError);
    expect(find).toThrow('CLAIMDESK_NOTICE_FONT names /missing.ttc, which does not exist: point it at an installed font file, or unset it to use Test Sans');
    expect(findCjkFont({ env: { CLAIMDESK_NOTICE_FONT: '  ' }, candidates, exists: existing('/t.ttf') }).name).toBe('Test Sans');
  });
});
