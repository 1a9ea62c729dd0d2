import { sumFen } from '../../../shared/money';
import { creationDateOf } from '../calendar';
import type { ExpenseRow } from '../expense-rows';
import { A4, FormWriter, MARGIN, type Column } from '../pdf/form-writer';
import { decimalYuan, label, printAmount, printDate, randomPrintStyle } from '../printed';
import type { ClaimPaperwork, DocumentJob } from './context';
import { insuranceTypeText } from './medical-invoice';
import { CONTENT_WIDTH, pairRow } from './layout';

// 住院费用清单: every row of the stay with date, specification, quantity, unit price, amount and
// catalogue class, over as many pages as it takes, then the total. Its total is always the true sum.

const CATALOGUE_PRINT = { A: '甲', B: '乙', self_pay: '自费' } as const;
const COLUMNS: readonly Column[] = [
  { header: '日期', width: 58 }, { header: '项目名称', width: 156 }, { header: '规格', width: 72 },
  { header: '数量', width: 32, align: 'right' }, { header: '单位', width: 28, align: 'center' },
  { header: '单价', width: 52, align: 'right' }, { header: '金额', width: 62, align: 'right' },
  { header: '类别', width: CONTENT_WIDTH - 460, align: 'center' },
];
const FIRST_PAGE_ROWS = 38;
const NEXT_PAGE_ROWS = 44;

function pagesOf(rows: readonly ExpenseRow[]): ExpenseRow[][] {
  const pages: ExpenseRow[][] = [rows.slice(0, FIRST_PAGE_ROWS)];
  for (let i = FIRST_PAGE_ROWS; i < rows.length; i += NEXT_PAGE_ROWS) pages.push(rows.slice(i, i + NEXT_PAGE_ROWS));
  return pages;
}

export function expenseListJob(p: ClaimPaperwork, fileName: string, password?: string): DocumentJob {
  return {
    documentType: 'expense_list', fileName, password,
    async render(fonts, rng) {
      const style = randomPrintStyle(rng);
      const { plan, billing, hospital, patient } = p;
      const w = new FormWriter(fonts, { title: '住院费用清单', creationDate: creationDateOf(plan.serviceDate), author: `${hospital.name}住院收费系统`, password }, rng.fork('confidence'));
      const pages = pagesOf(billing.rows);
      const size = 9.5;
      const hospitalBox = w.centered(hospital.name, 36, { size: 15, bold: true });
      w.field('hospital', hospital.name, hospital.name, hospitalBox);
      w.centered(rng.pick(['住院费用清单', '住院费用明细清单']), 58, { size: 13, bold: true });
      pairRow(w, style, 86, [
        { label: '姓名', text: patient.name, key: 'patientName', value: patient.name },
        { label: '住院号', text: p.admissionNumber, key: 'admissionNumber', value: p.admissionNumber },
        { label: '科室', text: p.departmentName },
        { label: '床号', text: p.bedNumber },
      ], { size }, [0, 0.22, 0.46, 0.82]);
      pairRow(w, style, 104, [
        { label: '入院日期', text: printDate(plan.admissionDate, style) },
        { label: '出院日期', text: printDate(plan.serviceDate, style) },
        { label: '费别', text: insuranceTypeText(p, rng) },
      ], { size }, [0, 0.36, 0.72]);
      const tableDate = (iso: string) => (style.date === 'dotted' ? iso.replaceAll('-', '.') : iso);
      pages.forEach((rows, i) => {
        if (i > 0) w.addPage();
        const top = i === 0 ? 126 : 50;
        const table = w.table(MARGIN, top, COLUMNS, rows.map((r) => [
          tableDate(r.date), r.name, r.spec, String(r.quantity), r.unit, decimalYuan(r.unitPriceFen), decimalYuan(r.amountFen), CATALOGUE_PRINT[r.catalogue],
        ]), { size: 8.5, rowHeight: 15.5 });
        w.field('items', rows.map((r) => ({
          name: r.name, ...(r.drug ? { drug: r.drug } : {}), spec: r.spec, quantity: r.quantity, unit: r.unit,
          unitPriceFen: r.unitPriceFen, amountFen: r.amountFen, catalogue: r.catalogue, date: r.date,
        })), table.rowTexts.join('\n'), table.box);
        if (i === pages.length - 1) {
          const y = table.bottom + 10;
          const totalText = printAmount(billing.totalFen, style);
          w.labelledField('totalFen', billing.totalFen, label('合计', style), totalText, MARGIN, y, { size: 10.5, bold: true });
          const byCatalogue = (c: keyof typeof CATALOGUE_PRINT) => decimalYuan(sumFen(billing.rows.filter((r) => r.catalogue === c).map((r) => r.amountFen)));
          w.text(`其中 甲类 ${byCatalogue('A')}  乙类 ${byCatalogue('B')}  自费 ${byCatalogue('self_pay')}`, MARGIN + CONTENT_WIDTH * 0.4, y + 1, { size: 9 });
        }
        w.text(`第${i + 1}页 共${pages.length}页`, MARGIN, A4.height - 40, { size: 8.5, color: '#555555' });
        w.text(`打印日期 ${plan.serviceDate}`, A4.width - MARGIN - 110, A4.height - 40, { size: 8.5, color: '#555555' });
      });
      return { bytes: await w.end(), pages: w.page, fields: w.fields };
    },
  };
}
