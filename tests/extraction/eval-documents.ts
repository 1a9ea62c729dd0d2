import type { BBox, DocumentType, ReadField } from '../../shared/domain/document';
import { diagnosisName, randomClinical, type Clinical } from './eval-clinical';
import { DEPARTMENTS, DRUGS, HOSPITALS, INSURANCE, INVOICE_CATEGORIES, LABS, SERVICES, SUPPORTIVE, personName, type DrugProduct } from './eval-data';
import { columnsX, pairRow, randomPairLayout, type Item, type PairLayout } from './eval-layout';
import { addDays, capital, decimal, fullWidth, label, printAmount, printDate, randomDate, randomStyle, type Style } from './eval-printing';
import type { Rng } from './eval-random';
import { EvalWriter, unionBox, type Column, type Face, type Rotation } from './eval-writer';

// The evaluation documents, one builder per type, each choosing among several layouts and wordings
// (docs/document-types.md): other titles, labels with and without colons, grids, labels above values, merged
// table headers, wrapped cells, full-width digits, 大写 amounts, every date form, serif and bold
// faces, seals and watermarks, and rotated pages.

export interface GeneratedDocument {
  documentType: DocumentType;
  bytes: Buffer;
  pages: number;
  fields: ReadField[];
}

interface Patient {
  name: string;
  sex: 'M' | 'F';
  age: number;
  hospital: string;
  department: string;
  admission: string;
  discharge: string;
  admissionNumber: string;
}

interface Setup {
  rng: Rng;
  style: Style;
  layout: PairLayout;
  w: EvalWriter;
  patient: Patient;
  clinical: Clinical;
  size: number;
}

function randomPatient(rng: Rng): Patient {
  const admission = randomDate(rng, '2024-01-01', '2025-10-31');
  return {
    name: personName(rng), sex: rng.pick(['M', 'F'] as const), age: rng.int(28, 82), hospital: rng.pick(HOSPITALS),
    department: rng.pick(DEPARTMENTS), admission, discharge: addDays(admission, rng.int(2, 20)),
    admissionNumber: `${rng.pick(['ZY', '', 'H'])}${rng.int(100000, 9999999)}`,
  };
}

function setup(rng: Rng, title: string, password?: string): Setup {
  const faces: [Face, Face][] = [['sans', 'sansBold'], ['serif', 'serifBold'], ['serif', 'sansBold'], ['sansBold', 'sansBold']];
  const [body, bold] = rng.pick(faces);
  const rotation: Rotation = rng.chance(0.12) ? rng.pick([90, 180, 270] as const) : 0;
  const w = new EvalWriter(rotation, body, bold, { title, password });
  if (rng.chance(0.25)) w.watermark(rng.pick(['仅供理赔使用', '复印件', '样本 SAMPLE']));
  return { rng, style: randomStyle(rng), layout: randomPairLayout(rng), w, patient: randomPatient(rng), clinical: randomClinical(rng), size: rng.pick([9, 9.5, 10, 10.5]) };
}

const digitsOf = (s: Setup, text: string) => (s.style.fullWidthDigits ? fullWidth(text) : text);
const L = 48;

/** Hospital (or lab) letterhead and title, or both on one line; returns the y below. */
function letterhead(s: Setup, issuer: string, issuerKey: string | null, title: string): number {
  const { w, rng } = s;
  if (rng.chance(0.3)) {
    const box = w.centered(`${issuer}${title}`, 40, { size: 16, face: w.bold });
    const width = w.measure(issuer, { size: 16, face: w.bold });
    if (issuerKey) w.field(issuerKey, issuer, issuer, [box[0], box[1], box[0] + width, box[3]]);
    return 80;
  }
  const box = w.centered(issuer, 36, { size: 15, face: w.bold });
  if (issuerKey) w.field(issuerKey, issuer, issuer, box);
  w.centered(title, 60, { size: 14, face: w.bold });
  w.rule(L, 86, w.width - L, 86, 1);
  return 96;
}

function footer(s: Setup): void {
  const { w, rng } = s;
  w.text(`打印时间${s.style.colon} ${randomDate(rng, '2025-01-01', '2025-12-31')} ${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)}`, L, w.height - 40, { size: 8, color: '#666666' });
  w.text(`第1页/共${w.page}页`, w.width - L - 60, w.height - 40, { size: 8, color: '#666666' });
}

// ---------------------------------------------------------------- medical invoice

function medicalInvoice(s: Setup): void {
  const { w, rng, style, patient, size } = s;
  const red = '#a8281e';
  const title = rng.pick(['医疗住院收费票据（电子）', '医疗门诊收费票据（电子）', '江南省医疗收费票据', '医疗收费票据', '医疗门诊收费票据']);
  w.centered(title, 36, { size: 17, face: w.bold, color: red });
  w.rule(w.width / 2 - 130, 62, w.width / 2 + 130, 62, 0.8, red);
  let y = 78;
  const code = String(rng.int(10_000_000, 99_999_999));
  const number = String(rng.int(100_000_000, 9_999_999_999)).padStart(10, '0');
  const issued = patient.discharge;
  y = pairRow(w, style, s.layout, y, [
    { label: '票据代码', text: digitsOf(s, code), key: 'invoiceCode', value: code },
    { label: rng.pick(['票据号码', '票据号']), text: digitsOf(s, number), key: 'invoiceNumber', value: number },
  ], [L, w.width * 0.55], { size });
  y = pairRow(w, style, s.layout, y, [
    { label: rng.pick(['交款人', '患者姓名']), text: patient.name, key: 'patientName', value: patient.name },
    { label: rng.pick(['开票日期', '开具日期']), text: printDate(issued, style), key: 'issueDate', value: issued },
  ], [L, w.width * 0.55], { size });
  const categories = rng.sample(INVOICE_CATEGORIES, rng.int(3, 6)).map((name) => ({ name, fen: rng.int(1_000, 2_000_000) }));
  const total = categories.reduce((t, c) => t + c.fen, 0);
  y += 6;
  const twoUp = rng.chance(0.35);
  let table;
  if (twoUp) {
    const rows: string[][] = [];
    for (let i = 0; i < categories.length; i += 2) {
      const a = categories[i]!;
      const b = categories[i + 1];
      rows.push([a.name, decimal(a.fen), b?.name ?? '', b ? decimal(b.fen) : '']);
    }
    const cw = (w.width - 2 * L) / 4;
    table = w.table(L, y, [{ header: '项目名称', width: cw }, { header: '金额', width: cw, align: 'right' }, { header: '项目名称', width: cw }, { header: '金额', width: cw, align: 'right' }], rows, { size: 9, ruled: true });
    const boxes = table.cells.flatMap((r) => r.filter((b): b is BBox => b !== null));
    w.field('items', categories.map((c) => ({ name: c.name, amountFen: c.fen })), table.rowTexts.join('\n'), unionBox(boxes));
  } else {
    table = w.table(L, y, [
      { header: '项目名称', width: 170 }, { header: '数量', width: 55, align: 'right' }, { header: '单位', width: 45, align: 'center' },
      { header: rng.pick(['金额（元）', '金额']), width: 110, align: 'right' }, { header: '备注', width: w.width - 2 * L - 380 },
    ], categories.map((c) => [c.name, '1', '项', decimal(c.fen), '']), { size: 9, ruled: true });
    w.field('items', categories.map((c) => ({ name: c.name, amountFen: c.fen })), table.rowTexts.join('\n'), unionBox(table.rowBoxes));
  }
  y = table.bottom + 12;
  // 大写 and 小写; now and then the two disagree (the figure is what the field holds).
  const capitalFen = rng.chance(0.05) ? total + 100 : total;
  const figure = printAmount(total, style);
  if (rng.chance(0.5)) {
    w.text(label('合计（大写）', style), L, y, { size });
    w.text(capital(capitalFen), L + 90, y, { size, face: w.bold });
    w.text(label('（小写）', style), w.width * 0.6, y, { size });
    w.field('totalFen', total, figure, w.text(figure, w.width * 0.6 + 60, y, { size, face: w.bold }));
    y += 24;
  } else {
    w.text(`${label('金额合计（大写）', style)} ${capital(capitalFen)}`, L, y, { size });
    y += 18;
    w.text(label('金额合计（小写）', style), L, y, { size });
    w.field('totalFen', total, figure, w.text(figure, L + 110, y, { size, face: w.bold }));
    y += 24;
  }
  w.rule(L, y, w.width - L, y);
  y += 10;
  const insurance = rng.pick(INSURANCE);
  y = pairRow(w, style, s.layout, y, [
    { label: rng.pick(['医保类型', '医疗保险类型']), text: insurance, key: 'insuranceType', value: insurance },
    { label: '业务流水号', text: String(rng.int(100_000_000, 999_999_999)) },
  ], [L, w.width * 0.55], { size });
  const fund = Math.floor(total * rng.int(30, 70) / 100);
  const account = rng.chance(0.5) ? rng.int(0, 50_000) : 0;
  const selfShare = Math.floor((total - fund) * rng.int(10, 40) / 100);
  const selfPay = rng.int(0, Math.max(0, total - fund - selfShare - account));
  const cash = total - fund - account;
  const money = (k: string, l: string, fen: number): Item => ({ label: l, text: printAmount(fen, style), key: k, value: fen });
  y = pairRow(w, style, s.layout, y, [money('fundPaidFen', rng.pick(['医保统筹基金支付', '统筹基金支付']), fund), money('personalAccountFen', '个人账户支付', account)], [L, w.width * 0.55], { size });
  y = pairRow(w, style, s.layout, y, [money('selfShareFen', '个人自付', selfShare), money('selfPayFen', '个人自费', selfPay)], [L, w.width * 0.55], { size });
  y = pairRow(w, style, s.layout, y, [money('cashPaidFen', '个人现金支付', cash), { label: '其他支付', text: printAmount(0, style) }], [L, w.width * 0.55], { size });
  y += 10;
  w.rule(L, y, w.width - L, y);
  y += 12;
  pairRow(w, style, 'inline', y, [
    { label: '收款单位（章）', text: patient.hospital, key: 'hospital', value: patient.hospital },
    { label: '收款人', text: personName(rng) },
  ], [L, w.width * 0.68], { size });
  w.stamp(L + 200, y + 8, 36, `${patient.hospital}财务专用章`, red);
  footer(s);
}

// ---------------------------------------------------------------- expense list

const CATALOGUE_PRINT = { A: ['甲', '甲类'], B: ['乙', '乙类'], self_pay: ['自费', '丙类', '丙'] } as const;

interface ExpenseRow { date: string; name: string; drug?: string; spec: string; quantity: number; unit: string; priceFen: number; amountFen: number; catalogue: 'A' | 'B' | 'self_pay' }

function expenseRows(s: Setup): ExpenseRow[] {
  const { rng, patient } = s;
  const drugs: DrugProduct[] = [...rng.sample(DRUGS, rng.int(1, 3)), ...rng.sample(SUPPORTIVE, rng.int(1, 3))];
  const rows: ExpenseRow[] = [];
  const n = rng.chance(0.15) ? rng.int(40, 55) : rng.int(6, 20);
  for (let i = 0; i < n; i++) {
    const date = addDays(patient.admission, rng.int(0, 3));
    const quantity = rng.int(1, 4);
    if (rng.chance(0.45)) {
      const dp = rng.pick(drugs);
      rows.push({ date, name: rng.pick(dp.names), drug: dp.en, spec: dp.spec, quantity, unit: dp.unit, priceFen: dp.priceFen, amountFen: dp.priceFen * quantity, catalogue: dp.catalogue });
    } else {
      const sv = rng.pick(SERVICES);
      rows.push({ date, name: sv.name, spec: '', quantity, unit: sv.unit, priceFen: sv.priceFen, amountFen: sv.priceFen * quantity, catalogue: sv.catalogue });
    }
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

function expenseList(s: Setup): void {
  const { w, rng, style, patient, size } = s;
  const title = rng.pick(['住院费用清单', '费用明细清单', '住院费用明细清单', '住院患者费用清单']);
  let y = letterhead(s, patient.hospital, 'hospital', title);
  y = pairRow(w, style, s.layout, y, [
    { label: rng.pick(['姓名', '患者姓名']), text: patient.name, key: 'patientName', value: patient.name },
    { label: '住院号', text: patient.admissionNumber, key: 'admissionNumber', value: patient.admissionNumber },
    { label: '科室', text: patient.department },
  ], columnsX(w, 3), { size });
  y = pairRow(w, style, s.layout, y, [
    { label: '入院日期', text: printDate(patient.admission, style) },
    { label: '出院日期', text: printDate(patient.discharge, style) },
  ], columnsX(w, 3), { size });
  const rows = expenseRows(s);
  const withDate = rng.chance(0.7);
  const merged = rng.chance(0.4);
  const columns: (Column & { cell: (r: ExpenseRow) => string })[] = [
    ...(withDate ? [{ header: '日期', width: 62, cell: (r: ExpenseRow) => (style.date === 'dotted' ? r.date.replaceAll('-', '.') : r.date) }] : []),
    { header: rng.pick(['项目名称', '药品/项目名称', '名称']), width: withDate ? 138 : 180, cell: (r) => r.name },
    { header: '规格', width: 66, cell: (r) => r.spec },
    { header: '数量', width: 30, align: 'right', cell: (r) => String(r.quantity) },
    { header: '单位', width: 30, align: 'center', cell: (r) => r.unit },
    { header: '单价', width: 58, align: 'right', cell: (r) => decimal(r.priceFen) },
    { header: '金额', width: 64, align: 'right', cell: (r) => decimal(r.amountFen) },
    { header: rng.pick(['类别', '医保类别', '甲乙类']), width: 44, align: 'center', cell: (r) => rng.pick(CATALOGUE_PRINT[r.catalogue]) },
  ];
  const priceAt = columns.findIndex((c) => c.header === '单价');
  const groups = merged ? [{ title: '金额（元）', from: priceAt, to: priceAt + 1 }] : undefined;
  const perPage = 34;
  const pages: ExpenseRow[][] = [];
  for (let i = 0; i < rows.length; i += perPage) pages.push(rows.slice(i, i + perPage));
  y += 4;
  pages.forEach((pageRows, p) => {
    if (p > 0) {
      w.addPage();
      y = 50;
    }
    const table = w.table(L, y, columns, pageRows.map((r) => columns.map((c) => c.cell(r))), { size: 8.5, ruled: rng.chance(0.5), groups, wrap: true, rowHeight: 15 });
    w.field('items', pageRows.map((r) => ({
      name: r.name, ...(r.drug ? { drug: r.drug } : {}), spec: r.spec, quantity: r.quantity, unit: r.unit,
      unitPriceFen: r.priceFen, amountFen: r.amountFen, catalogue: r.catalogue, ...(withDate ? { date: r.date } : {}),
    })), table.rowTexts.join('\n'), unionBox(table.rowBoxes));
    y = table.bottom + 10;
  });
  const total = rows.reduce((t, r) => t + r.amountFen, 0);
  const text = printAmount(total, style);
  pairRow(w, style, 'inline', y, [{ label: rng.pick(['合计', '费用合计', '总金额']), text, key: 'totalFen', value: total }], [L], { size: 10, face: w.bold });
  footer(s);
}

// ---------------------------------------------------------------- discharge summary

const SETTING_TEXT = { advanced: ['晚期', '晚期（转移性）', '复发/转移'], early: ['早期（术后辅助治疗）', '根治术后'] } as const;
const FREQ_TEXT = { qd: ['qd', '每日一次', '1次/日'], bid: ['bid', '每日两次', '2次/日'], tid: ['tid', '每日三次'], qw: ['qw', '每周一次'], q2w: ['q2w', '每2周一次'], q3w: ['q3w', '每3周一次', '每21天一次'] } as const;

function dischargeSummary(s: Setup): void {
  const { w, rng, style, patient, clinical: c, size } = s;
  let y = letterhead(s, patient.hospital, 'hospital', rng.pick(['出院小结', '出院记录']));
  y = pairRow(w, style, s.layout, y, [
    { label: '姓名', text: patient.name, key: 'patientName', value: patient.name },
    { label: '性别', text: patient.sex === 'M' ? '男' : '女', key: 'sex', value: patient.sex },
    { label: '年龄', text: `${patient.age}岁`, key: 'age', value: patient.age },
    { label: '科室', text: patient.department, key: 'department', value: patient.department },
  ], columnsX(w, 4), { size });
  y = pairRow(w, style, s.layout, y, [
    { label: '住院号', text: patient.admissionNumber },
    { label: '入院日期', text: printDate(patient.admission, style), key: 'admissionDate', value: patient.admission },
    { label: '出院日期', text: printDate(patient.discharge, style), key: 'dischargeDate', value: patient.discharge },
  ], [L, L + 150, L + 330], { size });
  const stageText = `${c.stage}期`;
  const printsStage = rng.chance(0.6);
  const diagnosis = `${diagnosisName(c)}${c.setting === 'early' ? '术后' : ''}（${c.tnm}，${stageText}）`;
  y = pairRow(w, style, 'inline', y, [{ label: '出院诊断', text: diagnosis, key: 'diagnosisText', value: diagnosis }], [L], { size });
  y = pairRow(w, style, 'inline', y, [{ label: rng.pick(['疾病编码（ICD-10）', 'ICD-10编码', '诊断编码']), text: c.icd10, key: 'icd10', value: c.icd10 }], [L], { size });
  y = pairRow(w, style, 'inline', y, [{ label: '病理诊断', text: c.histologyZh, key: 'histology', value: c.histology }], [L], { size });
  if (printsStage) {
    const setting = rng.pick(SETTING_TEXT[c.setting]);
    y = pairRow(w, style, s.layout === 'stacked' ? 'stacked' : 'inline', y, [
      { label: '临床分期', text: stageText, key: 'stage', value: c.stage },
      { label: '疾病状态', text: setting, key: 'setting', value: c.setting },
    ], [L, L + 220], { size });
  } else {
    // Stage and setting then come from the diagnosis text itself.
    const box = w.fields.find((f) => f.key === 'diagnosisText')!;
    w.field('stage', c.stage, diagnosis, box.bbox);
    w.field('setting', c.setting, diagnosis, box.bbox);
  }
  y += 6;
  const para = (title: string, body: string) => {
    w.text(label(title, style), L, y, { size, face: w.bold });
    y = w.paragraph(body, L + 12, y + size * 1.7, w.width - 2 * L - 12, { size: size - 0.5 }) + 8;
  };
  para('入院情况', `患者${patient.sex === 'M' ? '男' : '女'}，${patient.age}岁，因“${diagnosisName(c)}”入院。查体：神志清，精神可，心肺未见明显异常。`);
  para('诊疗经过', `入院后完善相关检查，排除禁忌后予系统治疗，过程顺利，无明显不良反应。`);
  para('出院医嘱', '1. 定期复查血常规、肝肾功能；2. 按期返院治疗；3. 如有不适，及时就诊。');
  const oral = rng.sample(DRUGS.filter((d) => d.oral), rng.int(0, 2));
  w.text(label('出院带药', style), L, y, { size, face: w.bold });
  y += size * 1.8;
  const lines = oral.length ? oral.map((d, i) => `${i + 1}. ${rng.pick(d.names)} ${d.doseMg}mg 口服 ${rng.pick(FREQ_TEXT[d.frequency])}`) : ['无'];
  const boxes = lines.map((line, i) => w.text(line, L + 12, y + i * (size * 1.7), { size }));
  w.field('dischargeDrugs', oral.map((d) => ({ drug: d.en, dose: { value: d.doseMg, unit: 'mg' }, frequency: d.frequency })), lines.join('\n'), unionBox(boxes));
  y += lines.length * size * 1.7 + 20;
  w.rule(L, y, w.width - L, y);
  pairRow(w, style, 'inline', y + 10, [{ label: '医师签名', text: personName(rng) }, { label: '日期', text: printDate(patient.discharge, style) }], [L, w.width * 0.6], { size });
}

// ---------------------------------------------------------------- pathology report

const IHC_TEXT = { IHC0: ['0', '（0）', '(-)'], 'IHC1+': ['1+', '（1+）', '(+)'], 'IHC2+': ['2+', '（2+）', '(++)'], 'IHC3+': ['3+', '（3+）', '(+++)'] } as const;
const ISH_TEXT = { positive: ['阳性（有扩增）', 'HER2基因扩增', '阳性'], negative: ['阴性（无扩增）', 'HER2基因无扩增', '阴性'] } as const;
const MMR_TEXT = { dMMR: ['错配修复功能缺陷（dMMR）', 'dMMR', '错配修复缺陷'], pMMR: ['错配修复功能完整（pMMR）', 'pMMR'] } as const;
const MMR_PROTEINS = { pMMR: 'MLH1(+)，PMS2(+)，MSH2(+)，MSH6(+)', dMMR: 'MLH1(-)，PMS2(-)，MSH2(+)，MSH6(+)' } as const;

interface Marker { name: string; text: string; key: string; value: unknown }

function markers(s: Setup): Marker[] {
  const { rng, clinical: c } = s;
  const out: Marker[] = [];
  if (c.her2Ihc) out.push({ name: rng.pick(['HER2', 'HER2（4B5）', 'C-erbB-2']), text: rng.pick(IHC_TEXT[c.her2Ihc]), key: 'her2Ihc', value: c.her2Ihc });
  if (c.her2Ish) out.push({ name: rng.pick(['HER2 FISH', 'HER2 DISH', '原位杂交']), text: rng.pick(ISH_TEXT[c.her2Ish]), key: 'her2Ish', value: c.her2Ish });
  if (c.pdl1Tps !== undefined) out.push({ name: 'PD-L1（22C3）', text: rng.pick([`TPS ${c.pdl1Tps}%`, `TPS=${c.pdl1Tps}%`, `TPS约${c.pdl1Tps}%`]), key: 'pdl1Tps', value: c.pdl1Tps });
  if (c.pdl1Cps !== undefined) out.push({ name: 'PD-L1（22C3）', text: rng.pick([`CPS ${c.pdl1Cps}`, `CPS=${c.pdl1Cps}`]), key: 'pdl1Cps', value: c.pdl1Cps });
  if (c.mmr) out.push({ name: 'MMR', text: rng.pick(MMR_TEXT[c.mmr]), key: 'mmr', value: c.mmr });
  return out;
}

function pathologyReport(s: Setup): void {
  const { w, rng, style, patient, clinical: c, size } = s;
  let y = letterhead(s, patient.hospital, null, rng.pick(['病理诊断报告', '病理诊断报告书', '免疫组化报告', '病理检查报告单']));
  const reportDate = addDays(patient.admission, rng.int(1, 5));
  y = pairRow(w, style, s.layout, y, [
    { label: '病理号', text: `P${rng.int(10000, 99999)}` },
    { label: '姓名', text: patient.name, key: 'patientName', value: patient.name },
    { label: '性别', text: patient.sex === 'M' ? '男' : '女' },
    { label: '年龄', text: `${patient.age}岁` },
  ], columnsX(w, 4), { size });
  const specimen = `${c.site}${rng.pick(['穿刺组织', '活检组织', '切除标本'])}`;
  y = pairRow(w, style, 'inline', y, [{ label: rng.pick(['标本名称', '送检标本']), text: specimen, key: 'specimen', value: specimen }], [L], { size });
  w.text(label('肉眼所见', style), L, y, { size, face: w.bold });
  y = w.paragraph('灰白色条索状组织3条，长0.5～1.5cm，直径0.1cm，全埋。', L + 12, y + size * 1.7, w.width - 2 * L - 12, { size }) + 10;
  w.text(label('病理诊断', style), L, y, { size, face: w.bold });
  y += size * 1.9;
  w.field('histology', c.histology, c.histologyZh, w.text(c.histologyZh, L + 16, y, { size: size + 1, face: w.bold }));
  y += size * 2.6;
  const list = markers(s);
  const variant = rng.pick(['labelled', 'table', 'paragraph'] as const);
  const other = c.cancer === 'NSCLC' ? ['TTF-1(+)', 'NapsinA(+)', 'CK7(+)', 'P40(-)'] : ['CK(+)', 'CK20(-)', 'CDX2(+)'];
  if (variant === 'paragraph') {
    // Everything in the immunohistochemistry paragraph: one line of clauses (it fits on one line).
    const clauses: { text: string; marker?: Marker }[] = [
      ...other.slice(0, 2).map((text) => ({ text })),
      ...list.map((m) => ({ marker: m, text: m.key === 'mmr' ? m.text : `${m.name}${m.text.startsWith('（') || m.text.startsWith('(') ? '' : ' '}${m.text}` })),
      { text: 'Ki-67(约40%+)' },
    ];
    const lead = `${label('免疫组化', style)} `;
    let x = L;
    w.text(lead, x, y, { size });
    x += w.measure(lead, { size });
    clauses.forEach((cl, i) => {
      const text = `${cl.text}${i < clauses.length - 1 ? '，' : '。'}`;
      const width = w.measure(text, { size });
      if (x + width > w.width - L) { x = L + 12; y += size * 1.8; }
      const box = w.text(text, x, y, { size });
      if (cl.marker) w.field(cl.marker.key, cl.marker.value, cl.text, [box[0], box[1], box[0] + w.measure(cl.text, { size }), box[3]]);
      x += width;
    });
    y += size * 2.4;
  } else if (variant === 'table') {
    w.text(label('免疫组化', style), L, y, { size, face: w.bold });
    y += size * 1.9;
    const rows = list.map((m) => [m.name.replace(/（.*）/, ''), m.name.includes('（') ? m.name.replace(/.*（(.*)）/, '$1') : '-', m.text]);
    const table = w.table(L, y, [{ header: '项目', width: 120 }, { header: '克隆号', width: 90 }, { header: '结果', width: 200 }], rows, { size, ruled: true });
    list.forEach((m, i) => w.field(m.key, m.value, m.text, table.cells[i]![2]!));
    y = table.bottom + 10;
    if (c.mmr) w.text(`MMR蛋白：${MMR_PROTEINS[c.mmr]}`, L, y, { size });
    y += size * 2;
  } else {
    w.text(label('免疫组化', style), L, y, { size, face: w.bold });
    y = w.paragraph(`${other.join('，')}${c.mmr ? `，${MMR_PROTEINS[c.mmr]}` : ''}，Ki-67(约40%+)。`, L + 12, y + size * 1.7, w.width - 2 * L - 12, { size }) + 8;
    for (const m of list) {
      w.text(label(m.key === 'mmr' ? 'MMR状态' : m.name, style), L + 12, y, { size });
      w.field(m.key, m.value, m.text, w.text(m.text, L + 160, y, { size }));
      y += size * 2;
    }
  }
  y += 12;
  w.rule(L, y, w.width - L, y);
  pairRow(w, style, s.layout === 'stacked' ? 'stacked' : 'inline', y + 10, [
    { label: '诊断医师', text: personName(rng) },
    { label: '报告日期', text: printDate(reportDate, style), key: 'reportDate', value: reportDate },
  ], [L, w.width * 0.55], { size });
  w.stamp(w.width - L - 60, y + 20, 32, `${patient.hospital}病理科`, '#c8281e');
}

// ---------------------------------------------------------------- genetic report

const EGFR_TEXT: Record<string, readonly string[]> = {
  exon19del: ['19号外显子缺失突变', '检测到19号外显子缺失（19del）', 'exon19 del'],
  L858R: ['21号外显子L858R点突变', '检测到 L858R', 'p.L858R突变'],
  T790M: ['检测到T790M突变', 'T790M 阳性'],
  exon20ins: ['20号外显子插入突变'],
};
const NEG = ['未检测到突变', '阴性', '野生型'];

function egfrText(rng: Rng, results: readonly string[]): string {
  return results[0] === 'negative' ? rng.pick(NEG) : results.map((r) => rng.pick(EGFR_TEXT[r]!)).join('；');
}

function geneticReport(s: Setup): void {
  const { w, rng, style, patient, clinical: c, size } = s;
  const lab = rng.pick(LABS);
  let y = letterhead(s, lab, 'lab', rng.pick(['基因检测报告', '肿瘤基因突变检测报告', '肿瘤组织基因检测报告', '非小细胞肺癌基因检测报告']));
  const reportDate = addDays(patient.admission, rng.int(3, 9));
  y = pairRow(w, style, s.layout, y, [
    { label: rng.pick(['姓名', '受检者']), text: patient.name, key: 'patientName', value: patient.name },
    { label: '性别', text: patient.sex === 'M' ? '男' : '女' },
    { label: '送检医院', text: patient.hospital },
  ], [L, L + 160, L + 260], { size });
  y = pairRow(w, style, s.layout, y, [
    { label: '样本类型', text: '组织（石蜡切片）' },
    { label: '报告日期', text: printDate(reportDate, style), key: 'reportDate', value: reportDate },
  ], [L, w.width * 0.55], { size });
  y = pairRow(w, style, 'inline', y, [{ label: '检测方法', text: rng.pick(['高通量测序（NGS）', 'ARMS-PCR']) }], [L], { size });
  y += 8;
  const genes: { gene: string; key: string; value: unknown; text: string }[] = [];
  if (c.egfr) genes.push({ gene: 'EGFR', key: 'egfr', value: c.egfr, text: egfrText(rng, c.egfr) });
  if (c.alk) genes.push({ gene: 'ALK', key: 'alk', value: c.alk, text: c.alk === 'positive' ? rng.pick(['检测到EML4-ALK融合', '阳性']) : rng.pick(['未检测到融合', '阴性']) });
  if (c.ros1) genes.push({ gene: 'ROS1', key: 'ros1', value: c.ros1, text: c.ros1 === 'positive' ? '阳性' : rng.pick(['未检测到融合', '阴性']) });
  if (c.ras) genes.push({ gene: rng.pick(['KRAS/NRAS', 'KRAS']), key: 'ras', value: c.ras, text: c.ras === 'mutant' ? rng.pick(['KRAS G12C突变', '检测到 G12D 突变', '突变型']) : rng.pick(['野生型', '未检测到突变']) });
  if (c.braf) genes.push({ gene: 'BRAF', key: 'braf', value: c.braf, text: c.braf === 'mutant' ? rng.pick(['V600E突变', '突变型']) : rng.pick(['野生型', '未检测到V600E突变']) });
  if (c.msi) genes.push({ gene: 'MSI', key: 'msi', value: c.msi, text: c.msi === 'MSI-H' ? rng.pick(['MSI-H（微卫星高度不稳定）', '微卫星高度不稳定']) : rng.pick(['MSS（微卫星稳定）', '微卫星稳定']) });
  if (!genes.length) genes.push({ gene: 'EGFR', key: 'egfr', value: ['negative'], text: rng.pick(NEG) });
  const variant = rng.pick(['table', 'split', 'lines'] as const);
  if (variant === 'lines') {
    w.text('检测结果', L, y, { size: size + 1, face: w.bold });
    y += size * 2.2;
    for (const g of genes) {
      const lead = `${g.gene}${rng.pick(['基因', ''])}${style.colon || '：'}`;
      w.text(lead, L + 12, y, { size });
      w.field(g.key, g.value, g.text, w.text(g.text, L + 12 + w.measure(lead, { size }) + 8, y, { size }));
      y += size * 2;
    }
  } else if (variant === 'table') {
    const table = w.table(L, y, [{ header: '基因', width: 90 }, { header: '检测结果', width: 230 }, { header: '突变丰度', width: 70, align: 'right' }, { header: '备注', width: 109 }],
      genes.map((g) => [g.gene, g.text, /阴性|未检测|野生|稳定|MSS/.test(g.text) ? '-' : `${rng.int(5, 40)}.${rng.int(0, 9)}%`, '']), { size, ruled: true, rowHeight: size * 2.1 });
    genes.forEach((g, i) => w.field(g.key, g.value, g.text, table.cells[i]![1]!));
    y = table.bottom + 10;
  } else {
    // One row per variant tested: the gene printed on its first row only.
    const rows: string[][] = [];
    const rowOf: { key: string; from: number; to: number; text: string[] }[] = [];
    for (const g of genes) {
      const start = rows.length;
      if (g.key === 'egfr') {
        const tested = ['exon19del', 'L858R', 'T790M', 'exon20ins'];
        const texts = { exon19del: '19号外显子缺失', L858R: 'L858R', T790M: 'T790M', exon20ins: '20号外显子插入' } as Record<string, string>;
        tested.forEach((t, i) => rows.push([i === 0 ? 'EGFR' : '', texts[t]!, (g.value as string[]).includes(t) ? '检测到' : '未检测到']));
      } else {
        rows.push([g.gene, g.key === 'msi' ? '微卫星状态' : rng.pick(['突变/融合', '热点突变']), g.text]);
      }
      rowOf.push({ key: g.key, from: start, to: rows.length - 1, text: rows.slice(start).map((r) => `${r[1]} ${r[2]}`) });
    }
    const table = w.table(L, y, [{ header: '基因', width: 90 }, { header: '检测内容', width: 170 }, { header: '检测结果', width: 150 }], rows, { size, ruled: true });
    for (const r of rowOf) {
      const g = genes.find((x) => x.key === r.key)!;
      const boxes = table.cells.slice(r.from, r.to + 1).flatMap((cells) => [cells[1], cells[2]]).filter((b): b is BBox => b !== null);
      w.field(g.key, g.value, r.text.join('；'), unionBox(boxes));
    }
    y = table.bottom + 10;
  }
  w.text(label('说明', style), L, y + 10, { size, face: w.bold });
  w.paragraph('本报告仅对所检样本负责，阴性结果不能完全排除变异存在的可能。', L + 12, y + 10 + size * 1.7, w.width - 2 * L - 12, { size: size - 0.5 });
}

// ---------------------------------------------------------------- prescription

function prescription(s: Setup): void {
  const { w, rng, style, patient, size } = s;
  let y = letterhead(s, patient.hospital, 'hospital', rng.pick(['处方笺', '门诊处方', '处方']));
  const date = patient.discharge;
  y = pairRow(w, style, s.layout, y, [
    { label: '费别', text: rng.pick(['医保', '自费']) },
    { label: '科别', text: patient.department },
    { label: '门诊号', text: String(rng.int(100000, 999999)) },
  ], columnsX(w, 3), { size });
  y = pairRow(w, style, s.layout, y, [
    { label: '姓名', text: patient.name, key: 'patientName', value: patient.name },
    { label: '性别', text: patient.sex === 'M' ? '男' : '女' },
    { label: '年龄', text: `${patient.age}岁` },
    { label: rng.pick(['日期', '开具日期']), text: printDate(date, style), key: 'prescriptionDate', value: date },
  ], [L, L + 140, L + 230, L + 320], { size });
  w.rule(L, y, w.width - L, y);
  y += 10;
  const drugs = rng.sample(DRUGS, rng.int(1, 2));
  const items = drugs.map((d) => ({ d, name: rng.pick(d.names), quantity: rng.int(1, 3), days: d.oral ? rng.pick([14, 28, 30]) : 1, freq: rng.pick(FREQ_TEXT[d.frequency]) }));
  const asTable = rng.chance(0.35);
  // Days are printed for oral drugs; an injection given under its printed route covers one day.
  const truth = items.map((it) => ({
    drug: it.d.en, doseValue: it.d.doseMg, doseUnit: 'mg', frequency: it.d.frequency, quantity: it.quantity,
    ...(it.d.oral ? { days: it.days } : asTable ? {} : { days: 1 }),
  }));
  if (asTable) {
    const table = w.table(L, y, [
      { header: '药品名称', width: 190 }, { header: '规格', width: 80 }, { header: '数量', width: 45 }, { header: '单次剂量', width: 60 }, { header: '频次', width: 60 }, { header: '天数', width: 64 },
    ], items.map((it) => [it.name, it.d.spec, `${it.quantity}${it.d.unit}`, `${it.d.doseMg}mg`, it.freq, it.d.oral ? `${it.days}天` : '']), { size, ruled: true, wrap: true });
    w.field('items', truth, table.rowTexts.join('\n'), unionBox(table.rowBoxes));
    y = table.bottom + 20;
  } else {
    w.text('Rp.', L, y, { size: 16, face: w.bold });
    y += 28;
    const boxes: BBox[] = [];
    const texts: string[] = [];
    items.forEach((it, i) => {
      const first = `${i + 1}. ${it.name}  ${it.d.spec}  ×${it.quantity}${it.d.unit}`;
      const usage = `${rng.pick(['用法：', 'Sig：', ''])}每次${it.d.doseMg}mg  ${it.d.oral ? '口服' : '静脉滴注'}  ${it.freq}${it.d.oral ? `  共${it.days}天` : ''}`;
      boxes.push(w.text(first, L + 14, y, { size: size + 1 }), w.text(usage, L + 34, y + 18, { size }));
      texts.push(first, usage);
      y += 44;
    });
    w.field('items', truth, texts.join('\n'), unionBox(boxes));
    y = Math.max(y + 20, 560);
  }
  w.rule(L, y, w.width - L, y);
  y += 12;
  const doctor = personName(rng);
  pairRow(w, style, s.layout === 'stacked' ? 'stacked' : 'inline', y, [
    { label: rng.pick(['医师', '处方医师']), text: doctor, key: 'doctor', value: doctor },
    { label: '审核药师', text: personName(rng) },
    { label: '金额', text: printAmount(rng.int(1000, 900000), style) },
  ], [L, L + 170, L + 340], { size });
}

// ---------------------------------------------------------------- other

function otherDocument(s: Setup): void {
  const { w, rng, style, patient, size } = s;
  let y = letterhead(s, patient.hospital, null, rng.pick(['血常规检验报告单', '生化检验报告单', '影像检查报告']));
  y = pairRow(w, style, s.layout, y, [{ label: '姓名', text: patient.name }, { label: '性别', text: patient.sex === 'M' ? '男' : '女' }, { label: '年龄', text: `${patient.age}岁` }], columnsX(w, 3), { size });
  const rows = [['白细胞计数', '5.6', '10^9/L', '3.5-9.5'], ['血红蛋白', '128', 'g/L', '115-150'], ['血小板计数', '210', '10^9/L', '125-350']];
  w.table(L, y + 6, [{ header: '检验项目', width: 160 }, { header: '结果', width: 80 }, { header: '单位', width: 80 }, { header: '参考范围', width: 120 }], rows, { size });
}

const BUILDERS: Record<DocumentType, (s: Setup) => void> = {
  medical_invoice: medicalInvoice,
  expense_list: expenseList,
  discharge_summary: dischargeSummary,
  pathology_report: pathologyReport,
  genetic_report: geneticReport,
  prescription,
  other: otherDocument,
};

export async function generateDocument(rng: Rng, type: DocumentType, password?: string): Promise<GeneratedDocument> {
  const s = setup(rng, type, password);
  BUILDERS[type](s);
  const bytes = await s.w.end();
  return { documentType: type, bytes, pages: s.w.page, fields: s.w.fields };
}
