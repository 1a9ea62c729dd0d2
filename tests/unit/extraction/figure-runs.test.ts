import { describe, expect, it } from 'vitest';
import { acceptReread, closeUpFactors, figureRuns, needsReread, wellFormed } from '../../../src-main/extraction/figure-runs';
import { cropImage, type OcrImage } from '../../../src-main/extraction/ocr-image';
import type { TextBox } from '../../../src-main/extraction/types';

// Which words of a recognised line are read again as a date or an amount, and which second readings
// are taken; the recognition itself is exercised by the extraction evaluation.

/** Words laid out left to right, each `[text, confidence]`, 6 points per character, 10 high. */
function line(...words: [string, number][]): TextBox[] {
  let x = 50;
  return words.map(([text, confidence]) => {
    const w = [...text].length * 6;
    const box: TextBox = { text, confidence, bbox: [x, 100, x + w, 110] };
    x += w + 4;
    return box;
  });
}
const texts = (l: TextBox[]) => figureRuns(l).map((r) => [r.text, r.kind]);

describe('figure runs', () => {
  it('finds a date split into words, with the misread characters between them', () => {
    expect(texts(line(['报告日期', 0.96], ['2025', 0.9], ['一', 0.9], ['11', 0.88], ['一', 0.1], ['02', 0.92]))).toEqual([['2025一11一02', 'figure']]);
    expect(texts(line(['日期', 0.96], ['2024', 0.53], ['年]', 0.92], ['月', 0.96], ['14', 0.92], ['日', 0.88]))).toEqual([['2024年]月14日', 'cjk_date']]);
  });

  it('takes an amount with the ideograph its ￥ was read as, but not a label before a date', () => {
    expect(texts(line(['支付', 0.92], ['芋', 0.27], ['32268.03', 0.9]))).toEqual([['芋32268.03', 'figure']]);
    expect(texts(line(['出院日', 0.92], ['期', 0.54], ['2024-09-26', 0.54]))).toEqual([['2024-09-26', 'figure']]);
  });

  it('leaves 元 after a figure out of the run, and codes of one word alone', () => {
    const l = line(['现金', 0.96], ['3', 0.89], ['8', 0.89], ['5', 0.95], ['2', 0.94], ['4', 0.15], ['元', 0.96]);
    expect(texts(l)).toEqual([['38524', 'figure']]);
    expect(figureRuns(l)[0]!.roomRight).toBe(l[6]!.bbox[0]);
    expect(texts(line(['票据号码', 0.96], ['9896510906', 0.9], ['住院号', 0.9], ['H7016485', 0.5]))).toEqual([]);
    expect(texts(line(['开票日期', 0.96], ['21025090015', 0.1]))).toEqual([['21025090015', 'figure']]);
    expect(texts(line(['年龄', 0.9], ['65', 0.3], ['岁', 0.9]))).toEqual([]);
  });

  it('reads again what is not well formed or not confident, and nothing else', () => {
    const [good] = figureRuns(line(['¥37,300.79', 0.95]));
    const [unsure] = figureRuns(line(['237,300.79', 0.4]));
    const [broken] = figureRuns(line(['5u606.90', 0.9]));
    expect([good, unsure, broken].map((r) => needsReread(r!))).toEqual([false, true, true]);
  });

  it('reads a broken figure as printed, then closed up; a good one or a date in 年月日 only as printed', () => {
    expect(closeUpFactors(figureRuns(line(['2025', 0.9], ['一', 0.9], ['10', 0.9], ['一', 0.9], ['26', 0.9]))[0]!)).toEqual([1, 0.55]);
    expect(closeUpFactors(figureRuns(line(['¥22434.20', 0.5]))[0]!)).toEqual([1]);
    expect(closeUpFactors(figureRuns(line(['2025', 0.9], ['年', 0.9], ['9', 0.9], ['月', 0.9], ['二2', 0.9], ['日', 0.9]))[0]!)).toEqual([1]);
  });
});

describe('second readings', () => {
  it.each([
    ['figure', '1 ¥22,728.11\n', '¥22,728.11'], ['figure', '2025-11-02\n', '2025-11-02'], ['figure', '20743.99 .\n', '20743.99'],
    ['figure', '38524.531', null], ['figure', '2025-098', null], ['figure', '2025.03,13', '2025-03-13'], ['figure', '2025.,01.26', '2025-01-26'], ['cjk_date', '2025 年 9 月 12 日', '2025年9月12日'], ['cjk_date', '2025 年 33', null],
  ] as const)('%s %j → %j', (kind, text, accepted) => {
    expect(acceptReread({ kind, text: '' }, text)).toBe(accepted);
  });

  it('trades a well-formed first reading only for as many digits, or for a reading that found the sign', () => {
    expect(acceptReread({ kind: 'figure', text: '22461.23' }, '122461.23')).toBeNull();
    expect(acceptReread({ kind: 'figure', text: '11371.41' }, '1371.41')).toBeNull();
    expect(acceptReread({ kind: 'figure', text: '4848.01' }, '4848.07')).toBe('4848.07');
    expect(acceptReread({ kind: 'figure', text: '¥4,174.30' }, '¥14,174.30')).toBe('¥14,174.30');
    expect(acceptReread({ kind: 'figure', text: '237,300.79' }, '¥37,300.79')).toBe('¥37,300.79');
  });

  it('knows the well-formed dates and amounts', () => {
    expect(['2024/9/13', '2024.10.21', '¥1,234.56', '0.00', '15978.20元'].every((t) => wellFormed('figure', t))).toBe(true);
    expect(['2024/9/113', '2024/9-13', '1,23.45', '12.3', '2025/71/14', '2024/0/5'].some((t) => wellFormed('figure', t))).toBe(false);
    expect(wellFormed('cjk_date', '2024年10月23日')).toBe(true);
    expect(wellFormed('cjk_date', '2024年10月33日')).toBe(false);
  });
});

describe('crops for a second reading', () => {
  const image: OcrImage = (() => {
    const width = 8;
    const height = 2;
    const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
    const pgm = Buffer.concat([header, Buffer.from([0, 10, 20, 30, 40, 50, 60, 70, 100, 110, 120, 130, 140, 150, 160, 170])]);
    return { pgm, gray: pgm.subarray(header.length), width, height };
  })();

  it('cuts a rectangle, clamped to the image', () => {
    expect([...cropImage(image, 2, 0, 5, 2)].slice(-6)).toEqual([20, 30, 40, 120, 130, 140]);
    expect(cropImage(image, -5, -5, 50, 50).toString('latin1')).toMatch(/^P5\n8 2\n255\n/);
  });

  it('closes up columns by averaging the ones each output column covers', () => {
    const narrowed = cropImage(image, 0, 0, 8, 2, 0.5);
    expect(narrowed.toString('latin1')).toMatch(/^P5\n4 2\n255\n/);
    expect([...narrowed].slice(-8)).toEqual([5, 25, 45, 65, 105, 125, 145, 165]);
  });
});
