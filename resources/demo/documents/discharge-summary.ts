import { addDays, ageOn, creationDateOf, daysBetween } from '../calendar';
import { doseInMg } from '../clinical/body';
import type { PlannedTreatment } from '../clinical/plan';
import { DRUGS, drugZh } from '../drugs';
import { A4, FormWriter, MARGIN, unionBox } from '../pdf/form-writer';
import { label, printDate, printFrequency, randomPrintStyle } from '../printed';
import type { Random } from '../random';
import { administrationZh, historyZh, regimenZh } from './clinical-text';
import type { ClaimPaperwork, DocumentJob } from './context';
import { CONTENT_WIDTH, letterhead, pairRow, section, wideRow } from './layout';

// 出院小结: the stay of an inpatient claim, or, for a clinic refill, the admission in which the drug
// was started (its 出院带药 lists the drug and dose). Carries the diagnosis, ICD-10 code, histology,
// stage and setting the pathway check reads.

const SETTING_TEXT = {
  advanced: ['晚期（转移性）', '晚期', '复发/转移'],
  early: ['早期（术后辅助治疗）', '早期，根治术后'],
} as const;

interface Stay { admission: string; discharge: string; treatments: readonly PlannedTreatment[] }

/** The stay this summary describes. */
function stayOf(p: ClaimPaperwork, rng: Random): Stay {
  const { plan } = p;
  if (plan.encounter === 'inpatient') return { admission: plan.admissionDate, discharge: plan.serviceDate, treatments: plan.treatments };
  const start = plan.treatments[0]!.startDate;
  return { admission: addDays(start, -rng.int(5, 9)), discharge: start, treatments: plan.treatments };
}

/** What the patient takes home: the oral drugs of the stay, or antiviral prophylaxis after CAR-T. */
function dischargeDrugs(p: ClaimPaperwork): { drug: string; mg: number; frequency: PlannedTreatment['frequency'] }[] {
  const oral = p.plan.treatments.filter((t) => DRUGS[t.drug].route === 'oral')
    .map((t) => ({ drug: t.drug as string, mg: doseInMg(t.dose.value, t.dose.unit, p.patient), frequency: t.frequency }));
  if (p.plan.cancerType === 'LBCL' || p.plan.cancerType === 'MM') oral.push({ drug: 'acyclovir', mg: 400, frequency: 'bid' });
  return oral;
}

export function dischargeSummaryJob(p: ClaimPaperwork, fileName: string, password?: string): DocumentJob {
  return {
    documentType: 'discharge_summary', fileName, password,
    async render(fonts, rng) {
      const style = randomPrintStyle(rng);
      const { plan, patient, hospital } = p;
      const dx = plan.diagnosis;
      const stay = stayOf(p, rng);
      const w = new FormWriter(fonts, { title: '出院小结', creationDate: creationDateOf(stay.discharge), author: `${hospital.name}电子病历系统`, password }, rng.fork('confidence'));
      const head = letterhead(w, hospital.name, rng.pick(['出院小结', '出院记录']));
      w.field('hospital', hospital.name, hospital.name, head.issuerBox);
      const size = 10;
      let y = head.bottom + 4;
      const age = ageOn(patient.birthDate, stay.admission);
      pairRow(w, style, y, [
        { label: '姓名', text: patient.name, key: 'patientName', value: patient.name },
        { label: '性别', text: patient.sex === 'M' ? '男' : '女', key: 'sex', value: patient.sex },
        { label: '年龄', text: `${age}岁`, key: 'age', value: age },
        { label: '科室', text: p.departmentName, key: 'department', value: p.departmentName },
      ], { size }, [0, 0.24, 0.4, 0.58]);
      y += 20;
      pairRow(w, style, y, [
        { label: '住院号', text: p.admissionNumber },
        { label: '床号', text: p.bedNumber },
        { label: '住院天数', text: `${daysBetween(stay.admission, stay.discharge)}天` },
      ], { size }, [0, 0.4, 0.58]);
      y += 20;
      pairRow(w, style, y, [
        { label: '入院日期', text: printDate(stay.admission, style), key: 'admissionDate', value: stay.admission },
        { label: '出院日期', text: printDate(stay.discharge, style), key: 'dischargeDate', value: stay.discharge },
      ], { size }, [0, 0.4]);
      y += 20;
      const stage = `${dx.stage}期`;
      const tnm = dx.tnm ? `（${dx.tnm}）` : '';
      const childPugh = dx.childPugh ? `，Child-Pugh ${dx.childPugh}级（${dx.childPughScore}分）` : '';
      const diagnosisText = `${dx.nameZh}${dx.setting === 'early' ? '术后' : ''} ${stage}${tnm}${childPugh}`;
      wideRow(w, style, y, { label: '入院诊断', text: `${dx.nameZh}${dx.setting === 'early' ? '术后' : ''}` }, { size });
      y += 20;
      wideRow(w, style, y, { label: '出院诊断', text: diagnosisText, key: 'diagnosisText', value: diagnosisText }, { size });
      y += 20;
      wideRow(w, style, y, { label: '疾病编码（ICD-10）', text: dx.icd10, key: 'icd10', value: dx.icd10 }, { size });
      y += 20;
      wideRow(w, style, y, { label: '病理诊断', text: dx.histologyZh, key: 'histology', value: dx.histology }, { size });
      y += 20;
      const settingText = plan.cancerType === 'LBCL' || plan.cancerType === 'MM' ? '复发/难治' : rng.pick(SETTING_TEXT[dx.setting]);
      pairRow(w, style, y, [
        { label: '临床分期', text: stage, key: 'stage', value: dx.stage },
        { label: '疾病状态', text: settingText, key: 'setting', value: dx.setting },
      ], { size }, [0, 0.4]);
      y += 28;
      const sexZh = patient.sex === 'M' ? '男' : '女';
      const complaint = plan.encounter === 'inpatient' ? `${dx.nameZh}${plan.treatments[0]?.cycle ? `第${plan.treatments[0].cycle}周期` : ''}治疗` : `确诊${dx.nameZh}，拟行系统治疗`;
      y = section(w, style, y, '入院情况', `患者${sexZh}，${age}岁，因“${complaint}”于${printDate(stay.admission, style, false)}入院。入院查体：神志清，精神可，ECOG评分${rng.int(0, 1)}分，浅表淋巴结未触及肿大，心肺听诊未见明显异常，腹软，无压痛。`);
      const history = `患者于${printDate(dx.advancedSince ?? plan.pathologyDate, style, false)}确诊${dx.nameZh}（${stage}）。${historyZh(plan)}`;
      const course = plan.encounter === 'inpatient'
        ? `本次入院后完善血常规、肝肾功能等检查，排除治疗禁忌，于${printDate(plan.treatmentDate, style, false)}行${regimenZh(stay.treatments)}方案治疗：${administrationZh(plan, patient, rng)}。治疗过程顺利，无明显不良反应。`
        : `入院后完善病理及分子检测，排除禁忌，于${printDate(stay.discharge, style, false)}起予${administrationZh(plan, patient, rng)}治疗。`;
      y = section(w, style, y, '诊疗经过', history + course);
      y = section(w, style, y, '出院情况', rng.pick(['患者一般情况可，无发热，未诉明显不适，予以出院。', '患者精神、食欲可，生命体征平稳，准予出院。']));
      y = section(w, style, y, '出院医嘱', `1. 定期复查血常规、肝肾功能；2. ${plan.encounter === 'inpatient' ? '按期返院行下一周期治疗' : '按时服药，1个月后门诊复诊'}；3. 如有不适，及时就诊。`);
      const drugs = dischargeDrugs(p);
      w.text(label('出院带药', style), MARGIN, y, { size, bold: true });
      y += 18;
      const lines = drugs.length === 0 ? ['无'] : drugs.map((d, i) => `${i + 1}. ${drugZh(d.drug)} ${d.mg}mg 口服 ${printFrequency(d.frequency, rng)}`);
      const boxes = lines.map((line, i) => w.text(line, MARGIN + 12, y + i * 17, { size: 9.5 }));
      w.field('dischargeDrugs', drugs.map((d) => ({ drug: d.drug, dose: { value: d.mg, unit: 'mg' }, frequency: d.frequency })), lines.join('\n'),
        unionBox(boxes));
      y += lines.length * 17 + 24;
      w.line(MARGIN, y, MARGIN + CONTENT_WIDTH, y, 0.6);
      pairRow(w, style, y + 10, [
        { label: '医师签名', text: p.doctor },
        { label: '日期', text: printDate(stay.discharge, style) },
      ], { size }, [0, 0.6]);
      if (y > A4.height - 60) throw new Error(`discharge summary of ${patient.name} overflows the page`);
      return { bytes: await w.end(), pages: w.page, fields: w.fields };
    },
  };
}
