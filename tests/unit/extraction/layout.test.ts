import { describe, expect, it } from 'vitest';
import { classify } from '../../../src-main/extraction/classify';
import { groupLines } from '../../../src-main/extraction/layout/lines';
import { compileLexicon, findPairs } from '../../../src-main/extraction/layout/pairs';
import { spanText } from '../../../src-main/extraction/layout/spans';
import { findTables } from '../../../src-main/extraction/layout/tables';
import { cleanOcrWord, repairOcrLine, repairOcrText } from '../../../src-main/extraction/ocr-repair';
import type { FieldSource, PageText, TextBox } from '../../../src-main/extraction/types';

// The layout stages on hand-placed text boxes: lines, label/value pairs in each printed layout,
// tables (merged headers, wrapped names, two-up lists) and the document type.

const width = (text: string, size: number) => [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.55), 0) * size;
const box = (text: string, x: number, y: number, size = 10): TextBox => ({ text, bbox: [x, y, x + width(text, size), y + size * 1.3], confidence: 1 });
const page = (boxes: TextBox[], source: FieldSource = 'text'): PageText => ({ page: 1, width: 595, height: 842, source, boxes });
const lexicon = compileLexicon([
  { id: 'patientName', text: '姓名' }, { id: 'sex', text: '性别' }, { id: 'issueDate', text: '开票日期' }, { id: 'hospital', text: '收款单位(章)' },
]);
const pairsOf = (boxes: TextBox[], source: FieldSource = 'text') =>
  findPairs(groupLines(page(boxes, source)), lexicon).map((p) => [p.id, p.value ? spanText(p.value) : null, p.layout]);

describe('lines', () => {
  it('groups boxes by line in reading order, with spaces and column breaks from the gaps', () => {
    const lines = groupLines(page([box('男', 178, 101), box('姓名', 50, 100), box('张三', 78, 100.5), box('性别', 150, 100), box('第二行', 50, 130)]));
    expect(lines.map((l) => l.text)).toEqual(['姓名 张三\t性别 男', '第二行']);
  });

  it('joins the characters OCR reads one by one, but not the words of a Latin phrase', () => {
    const ocr = [box('右', 50, 100), box('肺', 61, 100), box('EGFR', 85, 100), box('exon', 113, 100), box('19', 141, 100)];
    expect(groupLines(page(ocr, 'ocr'))[0]!.text).toBe('右肺 EGFR exon 19');
  });
});

describe('label/value pairs', () => {
  it('reads a value after its label, with or without a colon, in one run or two', () => {
    expect(pairsOf([box('姓名：张三', 50, 100), box('性别', 200, 100), box('男', 230, 100)])).toEqual([
      ['patientName', '张三', 'inline'], ['sex', '男', 'inline'],
    ]);
  });

  it('reads labels spaced out and full-width brackets', () => {
    expect(pairsOf([box('姓    名', 50, 100), box('李四', 120, 100), box('收款单位（章）：江南省肿瘤医院', 50, 130)])).toEqual([
      ['patientName', '李四', 'inline'], ['hospital', '江南省肿瘤医院', 'inline'],
    ]);
  });

  it('reads the value under its label when nothing follows it (label above value, grids of cells)', () => {
    expect(pairsOf([box('姓名', 50, 100, 8), box('开票日期', 250, 100, 8), box('王五', 50, 112), box('2025-03-01', 250, 112)])).toEqual([
      ['patientName', '王五', 'below'], ['issueDate', '2025-03-01', 'below'],
    ]);
  });

  it('stops a value at the next label or column break', () => {
    expect(pairsOf([box('姓名 赵六 性别 女', 50, 100), box('备注栏', 300, 100)])).toEqual([
      ['patientName', '赵六', 'inline'], ['sex', '女', 'inline'],
    ]);
  });

  it('finds a label OCR read with one character wrong, but only on recognised text', () => {
    const misread = [box('开可日期', 50, 100), box('2025年2月8日', 110, 100)];
    expect(pairsOf(misread, 'ocr')).toEqual([['issueDate', '2025年2月8日', 'inline']]);
    expect(pairsOf(misread, 'text')).toEqual([]);
  });

  it('finds a label OCR read with a character too many or too few', () => {
    for (const label of ['开票上日期', '票日期', '开票期']) {
      expect(pairsOf([box(label, 50, 100), box('2025年2月8日', 110, 100)], 'ocr'), label).toEqual([['issueDate', '2025年2月8日', 'inline']]);
    }
    expect(pairsOf([box('开票', 50, 100), box('2025年2月8日', 110, 100)], 'ocr')).toEqual([]);
  });

  it('takes the first cell under a label when no next label bounds its column', () => {
    const form = [box('开票日期', 50, 100), box('2025年2月8日', 50, 116), box('46QKC', 300, 116)];
    expect(pairsOf(form, 'ocr')).toEqual([['issueDate', '2025年2月8日', 'below']]);
  });
});

describe('tables', () => {
  const header = (y: number) => [box('日期', 50, y), box('项目名称', 130, y), box('数量', 300, y), box('单价', 360, y), box('金额', 430, y)];
  const row = (y: number, name: string, q: string, price: string, amount: string) =>
    [box('2025-03-01', 50, y), box(name, 120, y), box(q, 305, y), box(price, 355, y), box(amount, 425, y)];

  it('cuts rows into cells by the columns their headers head', () => {
    const [t] = findTables(groupLines(page([...header(100), ...row(118, '甲磺酸奥希替尼片', '1', '5100.00', '5100.00'), ...row(136, '床位费', '3', '50.00', '150.00')])));
    expect(t!.columns.map((c) => c.role)).toEqual(['date', 'name', 'quantity', 'unitPrice', 'amount']);
    expect(t!.rows.map((r) => [r.cells.name!.map(spanText).join(''), spanText(r.cells.amount![0]!)])).toEqual([['甲磺酸奥希替尼片', '5100.00'], ['床位费', '150.00']]);
  });

  it('joins a name wrapped onto a second line to its row, and ends at the 合计 line', () => {
    const lines = groupLines(page([
      ...header(100), ...row(118, '注射用紫杉醇（白蛋白', '2', '760.00', '1520.00'), box('结合型）', 120, 131),
      ...row(149, '床位费', '1', '50.00', '50.00'), box('合计', 50, 167), box('1570.00', 425, 167),
    ]));
    const [t] = findTables(lines);
    expect(t!.rows.map((r) => r.cells.name!.map(spanText).join(''))).toEqual(['注射用紫杉醇（白蛋白结合型）', '床位费']);
    expect(t!.totalLine?.text).toContain('1570.00');
  });

  it('reads a header printed on two lines, a group title over its sub-titles', () => {
    const lines = groupLines(page([
      box('金额（元）', 375, 96), box('项目名称', 130, 104), box('数量', 300, 104), box('单价', 380, 113), box('金额', 410, 113),
      box('床位费', 120, 133), box('3', 305, 133), box('50.00', 378, 133), box('150.00', 408, 133),
    ]));
    const [t] = findTables(lines);
    expect(t!.columns.map((c) => `${c.role}:${c.header}`)).toEqual(['name:项目名称', 'quantity:数量', 'unitPrice:金额（元） 单价', 'amount:金额（元） 金额']);
    expect(t!.rows).toHaveLength(1);
  });

  it('reads a two-up list as two tables', () => {
    const lines = groupLines(page([
      box('项目名称', 50, 100), box('金额', 200, 100), box('项目名称', 300, 100), box('金额', 450, 100),
      box('西药费', 50, 118), box('1200.00', 195, 118), box('检查费', 300, 118), box('300.00', 450, 118),
    ]));
    expect(findTables(lines).map((t) => t.rows.map((r) => spanText(r.cells.name![0]!)))).toEqual([['西药费'], ['检查费']]);
  });
});

describe('document type', () => {
  const lines = (...texts: [string, number][]) => groupLines(page(texts.map(([t, size], i) => box(t, 60, 40 + i * 24, size))));

  it('is decided by a large title near the top, even after the issuer on the same line', () => {
    expect(classify(lines(['江南省肿瘤医院出院记录', 16], ['姓名 张三', 10])).documentType).toBe('discharge_summary');
    expect(classify(lines(['临海市第一人民医院处方', 16], ['姓名 张三', 10])).documentType).toBe('prescription');
    expect(classify(lines(['医疗住院收费票据（电子）', 16], ['票据代码 1234', 10])).documentType).toBe('medical_invoice');
  });

  it('is weighed from cues when the title is missing, and is other when nothing fits', () => {
    const cues = lines(['票据代码 12345678', 10], ['票据号码 0001', 10], ['交款人 张三', 10], ['开票日期 2025-01-01', 10], ['统筹基金支付 10.00', 10], ['个人现金支付 5.00', 10]);
    expect(classify(cues).documentType).toBe('medical_invoice');
    expect(classify(lines(['血常规检验报告单', 16], ['白细胞计数 5.6', 10])).documentType).toBe('other');
  });
});

describe('OCR repairs', () => {
  it.each([
    ['2025年3月]日', '2025年3月1日'], ['2O24-05-01', '2024-05-01'], ['15，300。00', '15,300.00'], ['Y17692.00', '¥17692.00'],
    ['(HHH)', '(+++)'], ['(HH', '(++)'], ['2024)10/18', '2024/10/18'], ['V600E', 'V600E'], ['每日三次', '每日三次'],
  ])('%s → %s', (read, repaired) => {
    expect(repairOcrText(read)).toBe(repaired);
  });

  it('repairs the characters of a date across the words of a line, one for one', () => {
    expect(repairOcrLine('报告日期 2025 年05风28曰')).toBe('报告日期 2025 年05月28日');
    expect(repairOcrLine('日期 2024~5~13')).toBe('日期 2024/5/13');
    expect(repairOcrLine('风景 2024')).toBe('风景 2024');
    expect(repairOcrLine('报告日期 2025 一 10 一 26')).toBe('报告日期 2025 - 10 - 26');
    expect(repairOcrLine('一线 2025 一 10')).toBe('一线 2025 一 10');
  });

  it('drops words that are only marks, and marks clinging to words', () => {
    expect(['|', '“', '。', '_'].map(cleanOcrWord)).toEqual(['', '', '', '']);
    expect(['”1962619', '.中成药费', '张三|'].map(cleanOcrWord)).toEqual(['1962619', '中成药费', '张三']);
  });
});
