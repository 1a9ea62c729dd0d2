import { describe, expect, it } from 'vitest';
import type { ReadField } from '../../../shared/domain/document';
import { classify } from '../../../src-main/extraction/classify';
import { buildModel } from '../../../src-main/extraction/document-model';
import { readFields } from '../../../src-main/extraction/read-fields';
import type { FieldSource, TextBox } from '../../../src-main/extraction/types';
import { loadEdition } from '../../../src-main/editions/load-edition';

// Type readers on hand-placed pages: the fields each reads, the checks of an invoice's figures, and
// what they do with recognised (OCR) text.

const drugs = loadEdition('CDP-2025.1').drugs;
const width = (text: string, size: number) => [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.55), 0) * size;
const box = (text: string, x: number, y: number, size = 10): TextBox => ({ text, bbox: [x, y, x + width(text, size), y + size * 1.3], confidence: 0.9 });

function read(boxes: TextBox[], source: FieldSource = 'text'): { type: string; fields: Record<string, unknown>; read: ReadField[]; warnings: string[] } {
  const model = buildModel([{ page: 1, width: 595, height: 842, source, boxes }]);
  const { documentType } = classify(model.lines);
  const warnings: string[] = [];
  const fields = readFields(model, documentType, drugs, (m) => warnings.push(m));
  return { type: documentType, fields: Object.fromEntries(fields.map((f) => [f.key, f.value])), read: fields, warnings };
}

const invoice = (amounts: { total: string; capital: string; fund: string; account: string; cash: string }) => [
  box('医疗门诊收费票据（电子）', 180, 30, 16),
  box('票据代码', 48, 80), box('33060125', 110, 80), box('票据号码', 300, 80), box('0012345678', 360, 80),
  box('交款人', 48, 100), box('张三', 110, 100), box('开票日期', 300, 100), box('2025年3月1日', 360, 100),
  box('合计（大写）', 48, 130), box(amounts.capital, 120, 130), box('（小写）', 330, 130), box(amounts.total, 390, 130),
  box('医保统筹基金支付', 48, 160), box(amounts.fund, 150, 160), box('个人账户支付', 300, 160), box(amounts.account, 390, 160),
  box('个人现金支付', 48, 180), box(amounts.cash, 150, 180), box('其他支付', 300, 180), box('0.00', 390, 180),
];

describe('medical invoice', () => {
  it('reads codes, payer, date and the settlement, the total checked against 大写 and the split', () => {
    const r = read(invoice({ total: '¥1,530.00', capital: '壹仟伍佰叁拾元整', fund: '1000.00', account: '30.00', cash: '500.00' }));
    expect(r.type).toBe('medical_invoice');
    expect(r.fields).toMatchObject({
      invoiceCode: '33060125', invoiceNumber: '0012345678', patientName: '张三', issueDate: '2025-03-01',
      totalFen: 153000, fundPaidFen: 100000, personalAccountFen: 3000, cashPaidFen: 50000,
    });
    expect(r.warnings).toEqual([]);
    expect(r.read.find((f) => f.key === 'totalFen')!.confidence).toBeGreaterThan(0.9);
  });

  it('reports a 大写 total that disagrees with the figures and lowers the confidence', () => {
    const r = read(invoice({ total: '1530.00', capital: '壹仟伍佰肆拾元整', fund: '1000.00', account: '30.00', cash: '500.00' }));
    expect(r.fields.totalFen).toBe(153000);
    expect(r.warnings.join()).toMatch(/disagrees with the total in 大写 壹仟伍佰肆拾元整/);
    expect(r.read.find((f) => f.key === 'totalFen')!.confidence).toBeLessThan(0.6);
  });

  it('reports payments that do not add up on a text layer, and leaves the figures as printed', () => {
    const r = read(invoice({ total: '1530.00', capital: '壹仟伍佰叁拾元整', fund: '1000.00', account: '30.00', cash: '600.00' }));
    expect(r.fields.cashPaidFen).toBe(60000);
    expect(r.warnings.join()).toMatch(/do not add up to the total/);
  });

  it('on recognised text, takes the one misreading of a figure that makes the payments add up', () => {
    // ¥500.00 read with the yen sign as a 3: 3500.00.
    const r = read(invoice({ total: '1530.00', capital: '', fund: '1000.00', account: '30.00', cash: '3500.00' }), 'ocr');
    expect(r.fields.cashPaidFen).toBe(50000);
    expect(r.warnings).toEqual([]);
  });
});

describe('clinical reports', () => {
  it('reads a gene table row by row, the gene filled down over its variant rows', () => {
    const r = read([
      box('恒康医学检验所', 200, 30, 15), box('基因检测报告', 210, 55, 14),
      box('姓名', 48, 90), box('李四', 80, 90), box('报告日期', 300, 90), box('2025-02-03', 360, 90),
      box('基因', 60, 130), box('检测内容', 160, 130), box('检测结果', 320, 130),
      box('EGFR', 60, 150), box('19号外显子缺失', 150, 150), box('检测到', 320, 150),
      box('L858R', 150, 170), box('未检测到', 320, 170),
      box('T790M', 150, 190), box('检测到', 320, 190),
      box('ALK', 60, 210), box('融合', 150, 210), box('阴性', 320, 210),
      box('KRAS/NRAS', 60, 230), box('热点突变', 150, 230), box('野生型', 320, 230),
    ]);
    expect(r.type).toBe('genetic_report');
    expect(r.fields).toMatchObject({ lab: '恒康医学检验所', patientName: '李四', reportDate: '2025-02-03', egfr: ['exon19del', 'T790M'], alk: 'negative', ras: 'wild_type' });
  });

  it('reads a recognised gene table: a stray mark in the gene column, a split exon number, a misread gene', () => {
    const r = read([
      box('恒康医学检验所', 200, 30, 15), box('基因检测报告', 210, 55, 14),
      box('基因', 60, 130), box('检测内容', 160, 130), box('检测结果', 320, 130),
      box('ECFR', 60, 150), box('20', 150, 150), box('号外显子插入', 166, 150), box('检测到', 320, 150),
      box('加', 60, 170), box('858R', 150, 170), box('检测到', 320, 170),
      box('MSL', 60, 190), box('微卫星状态', 150, 190), box('微卫星稳定', 320, 190),
    ], 'ocr');
    expect(r.fields).toMatchObject({ egfr: ['L858R', 'exon20ins'], msi: 'MSS' });
  });

  it('reads recognised pathology markers: CPS misread, dMMR and pMMR run together', () => {
    const r = read([
      box('临海市第一人民医院', 200, 30, 15), box('病理诊断报告', 220, 55, 14),
      box('免疫组化', 48, 100), box('PD-L1（22C3） GPS=8', 48, 120), box('错配修复功能完整（PDMMR）', 48, 140), box('HER2（4B5） （2+）', 48, 160),
    ], 'ocr');
    expect(r.fields).toMatchObject({ pdl1Cps: 8, mmr: 'pMMR', her2Ihc: 'IHC2+' });
  });

  it('reads a discharge summary, its facts from the diagnosis, and the drugs taken home', () => {
    const r = read([
      box('临海市第一人民医院', 200, 30, 15), box('出院记录', 240, 55, 14),
      box('姓名：王五', 48, 90), box('性别：男', 180, 90), box('年龄：66岁', 280, 90), box('科室：肿瘤内科', 380, 90),
      box('入院日期：2025.03.01', 48, 110), box('出院日期：2025.03.09', 300, 110),
      box('出院诊断：右肺上叶浸润性腺癌（cT2aN2M1a，IVA期）', 48, 130),
      box('出院带药', 48, 160), box('1. 甲磺酸奥希替尼片（泰瑞沙） 80mg 口服 每日一次', 60, 178), box('2. 阿昔洛韦片 400mg 口服 bid', 60, 196),
      box('医师签名', 48, 230), box('赵六', 110, 230),
    ]);
    expect(r.type).toBe('discharge_summary');
    expect(r.fields).toMatchObject({
      patientName: '王五', sex: 'M', age: 66, department: '肿瘤内科', admissionDate: '2025-03-01', dischargeDate: '2025-03-09',
      histology: 'adenocarcinoma', stage: 'IVA', setting: 'advanced',
      dischargeDrugs: [{ drug: 'osimertinib', dose: { value: 80, unit: 'mg' }, frequency: 'qd' }, { drug: 'acyclovir', dose: { value: 400, unit: 'mg' }, frequency: 'bid' }],
    });
  });

  it('reads Rp items of a prescription: dose per administration, not the pack', () => {
    const r = read([
      box('北川市中心医院', 200, 30, 15), box('处方笺', 250, 55, 16),
      box('姓名：孙七', 48, 90), box('日期：2025-04-02', 300, 90), box('Rp.', 48, 120, 16),
      box('1. 盐酸阿来替尼胶囊  150mg×224粒  ×1盒', 62, 150, 11), box('用法：每次600mg  口服  每日两次  共28天', 82, 168),
      box('2. 注射用帕博利珠单抗  100mg/4ml  ×2瓶', 62, 196, 11), box('用法：每次200mg  静脉滴注  q3w', 82, 214),
      box('医师：周八', 48, 260),
    ]);
    expect(r.type).toBe('prescription');
    expect(r.fields).toMatchObject({
      patientName: '孙七', prescriptionDate: '2025-04-02', doctor: '周八',
      items: [
        { drug: 'alectinib', doseValue: 600, doseUnit: 'mg', frequency: 'bid', quantity: 1, days: 28 },
        { drug: 'pembrolizumab', doseValue: 200, doseUnit: 'mg', frequency: 'q3w', quantity: 2, days: 1 },
      ],
    });
  });
});
