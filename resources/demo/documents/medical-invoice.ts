import { toChineseCapital } from '../../../shared/money';
import { creationDateOf } from '../calendar';
import { A4, FormWriter, MARGIN } from '../pdf/form-writer';
import { decimalYuan, fullwidthDigits, label, printAmount, printDate, randomPrintStyle } from '../printed';
import type { Random } from '../random';
import type { ClaimPaperwork, DocumentJob } from './context';
import { CONTENT_WIDTH, pairRow } from './layout';

// 医疗住院/门诊收费票据（电子）: the electronic medical invoice of the national e-bill platform, with its
// code and number, payer, item categories, the total in figures and in capitals, and the insurance
// settlement. Only the 合计 can disagree with the items (invoice_total_mismatch claims).

const PROVINCE_NAMES: Record<string, string> = { '31': '上海市', '11': '北京市', '44': '广东省', '33': '浙江省', '32': '江苏省', '51': '四川省', '42': '湖北省' };

export function insuranceTypeText(p: ClaimPaperwork, rng: Random): string {
  const scheme = p.billing.scheme;
  if (scheme === 'none') return rng.pick(['自费', '自费（未参保结算）']);
  return scheme === 'employee' ? rng.pick(['职工基本医疗保险', '城镇职工医保', '职工医保']) : rng.pick(['城乡居民基本医疗保险', '居民医保']);
}

function maskedId(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(-4)}`;
}

export function medicalInvoiceJob(p: ClaimPaperwork, fileName: string, password?: string): DocumentJob {
  return {
    documentType: 'medical_invoice', fileName, password,
    async render(fonts, rng) {
      const style = randomPrintStyle(rng);
      const { plan, billing, hospital, patient } = p;
      const inpatient = plan.encounter === 'inpatient';
      const w = new FormWriter(fonts, { title: '医疗收费票据', creationDate: creationDateOf(plan.serviceDate), author: '医疗收费电子票据管理平台', password }, rng.fork('confidence'));
      const red = '#a0281e';
      const kind = inpatient ? '住院' : '门诊';
      w.centered(`${rng.chance(0.7) ? PROVINCE_NAMES[hospital.province] ?? '' : ''}医疗${kind}收费票据（电子）`, 38, { size: 16, bold: true, color: red });
      w.line(A4.width / 2 - 120, 62, A4.width / 2 + 120, 62, 0.8, red);
      w.line(A4.width / 2 - 120, 65, A4.width / 2 + 120, 65, 0.8, red);

      const invoiceCode = `${hospital.province}${inpatient ? '0601' : '0602'}25`;
      const invoiceNumber = String(rng.int(10_000_000, 99_999_999)).padStart(10, '0');
      const digits = (s: string) => (style.fullwidthDigits ? fullwidthDigits(s) : s);
      const size = 9.5;
      const right = [0, 0.56];
      pairRow(w, style, 80, [
        { label: '票据代码', text: digits(invoiceCode), key: 'invoiceCode', value: invoiceCode },
        { label: '票据号码', text: digits(invoiceNumber), key: 'invoiceNumber', value: invoiceNumber },
      ], { size }, right);
      pairRow(w, style, 98, [
        { label: '交款人统一社会信用代码', text: maskedId(patient.idNumber) },
        { label: '校验码', text: rng.int(0x100000, 0xffffff).toString(16) },
      ], { size }, right);
      pairRow(w, style, 116, [
        { label: '交款人', text: patient.name, key: 'patientName', value: patient.name },
        { label: '开票日期', text: printDate(plan.serviceDate, style), key: 'issueDate', value: plan.serviceDate },
      ], { size }, right);

      const table = w.table(MARGIN, 138, [
        { header: '项目名称', width: 170 }, { header: '数量', width: 55, align: 'right' }, { header: '单位', width: 45, align: 'center' },
        { header: '金额（元）', width: 110, align: 'right' }, { header: '备注', width: CONTENT_WIDTH - 380 },
      ], billing.categories.map((c) => [c.name, '1', '项', decimalYuan(c.amountFen), '']), { size: 9.5, ruled: true });
      w.field('items', billing.categories.map((c) => ({ name: c.name, amountFen: c.amountFen })), table.rowTexts.join('\n'), table.box);

      let y = table.bottom + 10;
      w.text(label('金额合计（大写）', style), MARGIN, y, { size: 10 });
      w.text(toChineseCapital(billing.printedTotalFen), MARGIN + 110, y, { size: 10, bold: true });
      const total = printAmount(billing.printedTotalFen, style);
      w.labelledField('totalFen', billing.printedTotalFen, label('（小写）', style), total, MARGIN + CONTENT_WIDTH * 0.66, y, { size: 10, bold: true });
      y += 22;
      w.line(MARGIN, y, A4.width - MARGIN, y, 0.6);
      y += 8;
      const halves = [0, 0.5];
      pairRow(w, style, y, [
        { label: '业务流水号', text: String(rng.int(100_000_000, 999_999_999)) },
        { label: inpatient ? '住院号' : '门诊号', text: inpatient ? p.admissionNumber : p.outpatientNumber },
      ], { size }, halves);
      y += 18;
      const insurance = insuranceTypeText(p, rng);
      pairRow(w, style, y, [
        { label: '医保类型', text: insurance, key: 'insuranceType', value: insurance },
        inpatient
          ? { label: '住院时间', text: `${printDate(plan.admissionDate, style, false)}至${printDate(plan.serviceDate, style, false)}` }
          : { label: '就诊科室', text: p.departmentName },
      ], { size }, halves);
      y += 18;
      const amount = (fen: number) => printAmount(fen, style);
      pairRow(w, style, y, [
        { label: '医保统筹基金支付', text: amount(billing.fundPaidFen), key: 'fundPaidFen', value: billing.fundPaidFen },
        { label: '其他支付', text: amount(0) },
      ], { size }, halves);
      y += 18;
      pairRow(w, style, y, [
        { label: '个人账户支付', text: amount(billing.personalAccountFen), key: 'personalAccountFen', value: billing.personalAccountFen },
        { label: '个人现金支付', text: amount(billing.cashPaidFen), key: 'cashPaidFen', value: billing.cashPaidFen },
      ], { size }, halves);
      y += 18;
      pairRow(w, style, y, [
        { label: '个人自付', text: amount(billing.selfShareFen), key: 'selfShareFen', value: billing.selfShareFen },
        { label: '个人自费', text: amount(billing.selfPayFen), key: 'selfPayFen', value: billing.selfPayFen },
      ], { size }, halves);
      y += 26;
      w.line(MARGIN, y, A4.width - MARGIN, y, 0.6);
      y += 10;
      const payee = w.labelledField('hospital', hospital.name, label('收款单位（章）', style), hospital.name, MARGIN, y, { size });
      pairRow(w, style, y, [{ label: '复核人', text: p.cashier[0] }, { label: '收款人', text: p.cashier[1] }], { size }, [0.62, 0.82]);
      // The payee's seal, a red ring stamped over its name as on the printed e-invoice.
      w.doc.save().lineWidth(1.6).strokeColor(red).opacity(0.8).circle((payee[0] + payee[2]) / 2, (payee[1] + payee[3]) / 2, 34).stroke().restore();
      return { bytes: await w.end(), pages: w.page, fields: w.fields };
    },
  };
}
