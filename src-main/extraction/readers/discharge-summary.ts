import { readAge, readHistology, readIcd10, readSetting, readSex, readStage } from '../../../shared/extraction/clinical';
import { readDrugName } from '../../../shared/extraction/drug-names';
import { readDose, readFrequency } from '../../../shared/extraction/dosing';
import { compact } from '../../../shared/extraction/width';
import { spanText } from '../layout/spans';
import { issuer, labelDefs, labelled, sectionSpans, type Draft, type ReadContext, type TypeReader } from './context';
import { readDateValue, readOrganisation, readPersonName, readText } from './values';
import { withStops } from './stop-labels';

// 出院小结 / 出院记录: patient, stay, the discharge diagnosis with its ICD-10 code, histology, stage
// and setting, and the drugs taken home. Histology, stage and setting fall back on the diagnosis text.

const LABELS = labelDefs({
  patientName: ['姓名', '患者姓名', '病人姓名'],
  sex: ['性别'],
  age: ['年龄'],
  hospital: ['医院名称', '医疗机构名称'],
  department: ['科室', '科别', '入院科室', '出院科室', '病区'],
  admissionDate: ['入院日期', '入院时间'],
  dischargeDate: ['出院日期', '出院时间'],
  diagnosisText: ['出院诊断'],
  icd10: ['疾病编码(ICD-10)', '疾病编码(ICD10)', 'ICD-10编码', 'ICD-10', 'ICD10', '疾病编码', '诊断编码', '主要诊断编码'],
  histology: ['病理诊断', '病理类型', '组织学类型'],
  stage: ['临床分期', '病理分期', '分期', 'TNM分期'],
  setting: ['疾病状态', '疾病阶段', '治疗阶段'],
  _drugs: ['出院带药', '带药'],
});

const TITLE = /出院小结|出院记录/;
const NONE = /^(?:无|暂无|-+)$/;

/** 「1. 奥希替尼 80mg 口服 qd」 → { drug, dose, frequency }. */
function readDrugLine(text: string, ctx: ReadContext): Record<string, unknown> | null {
  const body = text.replace(/^\s*\d+\s*[.、)）]\s*/, '').trim();
  const named = readDrugName(body.split(/\s+/)[0] ?? '', ctx.drugs);
  const drug = named?.known ? named : readDrugName(body, ctx.drugs);
  if (!drug) return null;
  const item: Record<string, unknown> = { drug: drug.drug };
  const dose = readDose(body);
  if (dose) item.dose = dose;
  const frequency = readFrequency(body);
  if (frequency) item.frequency = frequency;
  return item;
}

function readDischargeDrugs(ctx: ReadContext): Draft | null {
  const spans = sectionSpans(ctx, '_drugs');
  if (!spans?.length) return null;
  const texts = spans.map(spanText);
  if (texts.length === 1 && NONE.test(compact(texts[0]!))) return { key: 'dischargeDrugs', value: [], spans };
  const items = texts.map((t) => readDrugLine(t, ctx));
  if (items.some((i) => i === null)) return null;
  return { key: 'dischargeDrugs', value: items, spans };
}

/** A fact read from the diagnosis text when it has no label of its own. */
function fromDiagnosis(diagnosis: Draft | null, key: string, read: (text: string) => unknown): Draft | null {
  if (!diagnosis) return null;
  const value = read(diagnosis.value as string);
  return value === null ? null : { key, value, spans: diagnosis.spans, factor: 0.9 };
}

export const dischargeSummaryReader: TypeReader = {
  labels: withStops(LABELS),
  read(ctx) {
    const diagnosis = labelled(ctx, 'diagnosisText', readText);
    const stage = labelled(ctx, 'stage', readStage) ?? fromDiagnosis(diagnosis, 'stage', readStage);
    const stageValue = (stage?.value as string | undefined) ?? null;
    const drafts: (Draft | null)[] = [
      labelled(ctx, 'patientName', readPersonName),
      labelled(ctx, 'sex', readSex),
      labelled(ctx, 'age', readAge),
      labelled(ctx, 'hospital', readOrganisation) ?? issuer(ctx, TITLE),
      labelled(ctx, 'department', readText),
      labelled(ctx, 'admissionDate', readDateValue),
      labelled(ctx, 'dischargeDate', readDateValue),
      diagnosis,
      labelled(ctx, 'icd10', readIcd10) ?? fromDiagnosis(diagnosis, 'icd10', readIcd10),
      labelled(ctx, 'histology', readHistology) ?? fromDiagnosis(diagnosis, 'histology', readHistology),
      stage,
      labelled(ctx, 'setting', (t) => readSetting(t)) ?? fromDiagnosis(diagnosis, 'setting', (t) => readSetting(t, stageValue)),
      readDischargeDrugs(ctx),
    ];
    return drafts.filter((d): d is Draft => d !== null);
  },
};
