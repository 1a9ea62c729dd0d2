import type { PriorLine } from '../../../shared/domain/case';
import { doseInMg } from '../clinical/body';
import type { ClinicalPlan, PlannedTreatment } from '../clinical/plan';
import { DRUGS, drugZh } from '../drugs';
import type { Person } from '../people';
import { printFrequency } from '../printed';
import type { Random } from '../random';

// Clinical wording shared by the discharge summary and the prescription: a dose as the ward gives it,
// the regimen in Chinese, and the history of prior lines.

const CELL_PRODUCT_DOSE = '1袋';

export function doseText(t: PlannedTreatment, patient: Person): string {
  if (t.dose.unit === 'infusion') return CELL_PRODUCT_DOSE;
  const mg = doseInMg(t.dose.value, t.dose.unit, patient);
  return t.dose.unit === 'mg' ? `${mg}mg` : `${mg}mg（${t.dose.value}${t.dose.unit}）`;
}

export function regimenZh(treatments: readonly PlannedTreatment[]): string {
  return treatments.map((t) => drugZh(t.drug)).join('+');
}

function priorZh(line: PriorLine): string {
  return line.drugs.map(drugZh).join('+');
}

const monthOf = (iso: string) => `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月`;

/** "2024年3月起行吉非替尼治疗，2025年2月评估疾病进展。" for each prior line. */
export function historyZh(plan: ClinicalPlan): string {
  const adjuvant = plan.priorAdjuvant.map((l) => `术后行${priorZh(l)}辅助化疗${l.endDate ? `，${monthOf(l.endDate)}完成` : ''}。`);
  const lines = plan.priorLines.map((l, i) => {
    const outcome = l.outcome === 'progression' ? '评估疾病进展' : l.outcome === 'intolerance' ? '因不良反应停药' : '完成治疗';
    return `${l.startDate ? monthOf(l.startDate) : ''}起行${['一', '二', '三', '四', '五'][i] ?? ''}线${priorZh(l)}方案治疗，${l.endDate ? monthOf(l.endDate) : ''}${outcome}。`;
  });
  return [...adjuvant, ...lines].join('');
}

/** How the claimed treatment was given, in the words of a ward note. */
export function administrationZh(plan: ClinicalPlan, patient: Person, rng: Random): string {
  return plan.treatments.map((t) => {
    const route = t.dose.unit === 'infusion' ? '静脉回输' : DRUGS[t.drug].route === 'oral' ? '口服' : '静滴';
    return `${drugZh(t.drug)} ${doseText(t, patient)} ${route} ${printFrequency(t.frequency, rng)}`;
  }).join('，');
}
