import { sumFen } from '../../../shared/money';
import { ageOn, creationDateOf } from '../calendar';
import { doseInMg } from '../clinical/body';
import type { PlannedTreatment } from '../clinical/plan';
import { DRUGS } from '../drugs';
import { boxesFor, vialsFor } from '../expense-rows';
import { FormWriter, MARGIN, unionBox } from '../pdf/form-writer';
import { printAmount, printDate, printFrequency, randomPrintStyle } from '../printed';
import type { ClaimPaperwork, DocumentJob } from './context';
import { CONTENT_WIDTH, pairRow } from './layout';

// 处方笺: the clinic's prescription for an oral refill, or the one written for a special drug given
// (or bought at a designated pharmacy) during a stay. Each item: product, quantity, dose, frequency, days.

interface PrescribedItem { treatment: PlannedTreatment; quantity: number; days: number }

/** What this prescription lists: the oral drugs when there are any, else the stay's first infused drug. */
function prescribedItems(p: ClaimPaperwork): PrescribedItem[] {
  const oral = p.plan.treatments.filter((t) => DRUGS[t.drug].route === 'oral');
  if (oral.length > 0) {
    const days = p.plan.encounter === 'outpatient' ? (oral[0]!.daysSupplied ?? 30) : 14;
    return oral.map((t) => ({ treatment: t, quantity: boxesFor(t, days), days }));
  }
  const first = p.plan.treatments[0]!;
  return [{ treatment: first, quantity: vialsFor(first, p.patient), days: 1 }];
}

export function prescriptionJob(p: ClaimPaperwork, fileName: string, password?: string): DocumentJob {
  return {
    documentType: 'prescription', fileName, password,
    async render(fonts, rng) {
      const style = randomPrintStyle(rng);
      const { plan, patient, hospital } = p;
      const date = plan.encounter === 'outpatient' ? plan.serviceDate : plan.treatmentDate;
      const w = new FormWriter(fonts, { title: '处方笺', creationDate: creationDateOf(date), author: `${hospital.name}门诊医生工作站`, password }, rng.fork('confidence'));
      const hospitalBox = w.centered(hospital.name, 36, { size: 14, bold: true });
      w.field('hospital', hospital.name, hospital.name, hospitalBox);
      w.centered('处方笺', 58, { size: 17, bold: true });
      const insured = p.billing.scheme !== 'none';
      w.rect(MARGIN + CONTENT_WIDTH - 50, 56, 50, 22);
      w.text(insured ? '医保' : '自费', MARGIN + CONTENT_WIDTH - 38, 60, { size: 11, bold: true });
      const size = 10;
      let y = 94;
      pairRow(w, style, y, [
        { label: '费别', text: insured ? '医保' : '自费' },
        { label: '科别', text: p.departmentName },
        { label: plan.encounter === 'outpatient' ? '门诊号' : '住院号', text: plan.encounter === 'outpatient' ? p.outpatientNumber : p.admissionNumber },
      ], { size }, [0, 0.2, 0.62]);
      y += 20;
      pairRow(w, style, y, [
        { label: '姓名', text: patient.name, key: 'patientName', value: patient.name },
        { label: '性别', text: patient.sex === 'M' ? '男' : '女' },
        { label: '年龄', text: `${ageOn(patient.birthDate, date)}岁` },
        { label: '日期', text: printDate(date, style), key: 'prescriptionDate', value: date },
      ], { size }, [0, 0.3, 0.46, 0.62]);
      y += 20;
      const dx = plan.diagnosis;
      pairRow(w, style, y, [{ label: '临床诊断', text: `${dx.nameZh} ${dx.stage}期` }], { size });
      y += 22;
      w.line(MARGIN, y, MARGIN + CONTENT_WIDTH, y, 0.8);
      y += 10;
      w.text('Rp.', MARGIN, y, { size: 16, bold: true });
      y += 30;
      const items = prescribedItems(p);
      const lines: string[] = [];
      const boxes = items.flatMap((item, i) => {
        const t = item.treatment;
        const product = DRUGS[t.drug];
        const mg = doseInMg(t.dose.value, t.dose.unit, patient);
        const route = product.route === 'oral' ? '口服' : '静脉滴注';
        const first = `${i + 1}. ${product.product}  ${product.spec}  ×${item.quantity}${product.unit}`;
        const usage = `用法：每次${mg}mg  ${route}  ${printFrequency(t.frequency, rng)}${product.route === 'oral' ? `  共${item.days}天` : ''}`;
        lines.push(first, usage);
        const a = w.text(first, MARGIN + 16, y, { size: 11 });
        const b = w.text(usage, MARGIN + 36, y + 19, { size: 10 });
        y += 46;
        return [a, b];
      });
      w.field('items', items.map((item) => ({
        drug: item.treatment.drug, doseValue: doseInMg(item.treatment.dose.value, item.treatment.dose.unit, patient), doseUnit: 'mg',
        frequency: item.treatment.frequency, quantity: item.quantity, days: item.days,
      })), lines.join('\n'), unionBox(boxes));
      y = Math.max(y + 20, 640);
      w.line(MARGIN, y, MARGIN + CONTENT_WIDTH, y, 0.8);
      y += 12;
      const amount = sumFen(items.map((item) => DRUGS[item.treatment.drug].priceFen * item.quantity));
      pairRow(w, style, y, [
        { label: '医师', text: p.doctor, key: 'doctor', value: p.doctor },
        { label: '审核药师', text: p.pharmacist },
        { label: '金额', text: printAmount(amount, style) },
      ], { size }, [0, 0.3, 0.62]);
      y += 20;
      pairRow(w, style, y, [{ label: '调配', text: p.pharmacist }, { label: '核对/发药', text: p.cashier[1] }], { size }, [0, 0.3]);
      return { bytes: await w.end(), pages: w.page, fields: w.fields };
    },
  };
}
