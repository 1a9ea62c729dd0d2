import { addDays, ageOn, creationDateOf } from '../calendar';
import type { PathologyFindings } from '../clinical/plan';
import { FormWriter, MARGIN } from '../pdf/form-writer';
import { label, printDate, randomPrintStyle } from '../printed';
import type { Random } from '../random';
import type { ClaimPaperwork, DocumentJob } from './context';
import { CONTENT_WIDTH, letterhead, pairRow, section, wideRow } from './layout';

// 病理诊断报告: specimen, histology and the immunohistochemistry the pathway rules read (HER2 IHC and
// ISH, PD-L1 TPS or CPS, mismatch-repair proteins). Only the markers tested for this cancer are printed.

const HER2_IHC_TEXT = {
  IHC0: ['0', '0（阴性）'], 'IHC1+': ['1+', '1+（低表达）'], 'IHC2+': ['2+', '2+（不确定，建议ISH检测）'], 'IHC3+': ['3+', '3+（阳性）'],
} as const;
const ISH_TEXT = { positive: ['阳性（有扩增）', 'HER2基因扩增'], negative: ['阴性（无扩增）', 'HER2基因无扩增'] } as const;
const MMR_TEXT = {
  pMMR: ['错配修复功能完整（pMMR）', 'pMMR'],
  dMMR: ['错配修复功能缺陷（dMMR）', 'dMMR'],
} as const;
const MMR_PROTEINS = { pMMR: 'MLH1(+)，PMS2(+)，MSH2(+)，MSH6(+)', dMMR: 'MLH1(-)，PMS2(-)，MSH2(+)，MSH6(+)' } as const;

interface MarkerLine { label: string; text: string; key: string; value: unknown }

function markerLines(f: PathologyFindings, rng: Random): MarkerLine[] {
  const lines: MarkerLine[] = [];
  if (f.her2Ihc) lines.push({ label: 'HER2（4B5）', text: rng.pick(HER2_IHC_TEXT[f.her2Ihc]), key: 'her2Ihc', value: f.her2Ihc });
  if (f.her2Ish) lines.push({ label: rng.pick(['HER2 FISH', 'HER2 DISH']), text: rng.pick(ISH_TEXT[f.her2Ish]), key: 'her2Ish', value: f.her2Ish });
  const clone = f.pdl1Clone ?? '22C3';
  if (f.pdl1Tps !== undefined) {
    lines.push({ label: `PD-L1（${clone}）TPS`, text: rng.pick([`${f.pdl1Tps}%`, `约${f.pdl1Tps}%`, `TPS=${f.pdl1Tps}%`]), key: 'pdl1Tps', value: f.pdl1Tps });
  }
  if (f.pdl1Cps !== undefined) {
    lines.push({ label: `PD-L1（${clone}）CPS`, text: rng.pick([String(f.pdl1Cps), `CPS=${f.pdl1Cps}`]), key: 'pdl1Cps', value: f.pdl1Cps });
  }
  if (f.mmr) lines.push({ label: 'MMR状态', text: rng.pick(MMR_TEXT[f.mmr]), key: 'mmr', value: f.mmr });
  return lines;
}

export function pathologyReportJob(p: ClaimPaperwork, fileName: string, password?: string): DocumentJob {
  return {
    documentType: 'pathology_report', fileName, password,
    async render(fonts, rng) {
      const style = randomPrintStyle(rng);
      const { plan, patient, hospital } = p;
      const findings = plan.pathology;
      if (!findings) throw new Error('a pathology report needs pathology findings');
      const reportDate = plan.pathologyDate;
      const w = new FormWriter(fonts, { title: '病理诊断报告', creationDate: creationDateOf(reportDate), author: `${hospital.name}病理科`, password }, rng.fork('confidence'));
      const title = findings.her2Ihc || findings.pdl1Tps !== undefined || findings.pdl1Cps !== undefined ? rng.pick(['病理诊断报告', '病理诊断报告书（含免疫组化）']) : '病理诊断报告';
      const head = letterhead(w, hospital.name, title);
      const size = 10;
      let y = head.bottom + 4;
      pairRow(w, style, y, [
        { label: '病理号', text: `${rng.pick(['P', 'BL', 'S'])}${reportDate.slice(2, 4)}${String(rng.int(1, 99_999)).padStart(5, '0')}` },
        { label: '姓名', text: patient.name, key: 'patientName', value: patient.name },
        { label: '性别', text: patient.sex === 'M' ? '男' : '女' },
        { label: '年龄', text: `${ageOn(patient.birthDate, reportDate)}岁` },
      ], { size }, [0, 0.3, 0.56, 0.75]);
      y += 20;
      pairRow(w, style, y, [
        { label: '送检科室', text: p.departmentName },
        { label: '送检日期', text: printDate(addDays(reportDate, -rng.int(3, 6)), style) },
      ], { size }, [0, 0.5]);
      y += 20;
      wideRow(w, style, y, { label: '标本名称', text: plan.specimenZh, key: 'specimen', value: plan.specimenZh }, { size });
      y += 26;
      y = section(w, style, y, '肉眼所见', rng.pick([
        '灰白色条索状组织3条，长0.5～1.5cm，直径0.1cm，全埋。',
        '灰白灰红色碎组织一堆，总体积约1.0×0.8×0.3cm，全埋。',
        '送检组织一块，大小约2.5×2.0×1.5cm，切面灰白，质硬，部分埋。',
      ]));
      w.text(label('病理诊断', style), MARGIN, y, { size: 10.5, bold: true });
      y += 20;
      const histologyBox = w.text(plan.diagnosis.histologyZh, MARGIN + 16, y, { size: 11, bold: true });
      w.field('histology', plan.diagnosis.histology, plan.diagnosis.histologyZh, histologyBox);
      y += 26;
      y = section(w, style, y, '免疫组化', findings.mmr ? `${findings.ihc}，${MMR_PROTEINS[findings.mmr]}` : findings.ihc);
      for (const line of markerLines(findings, rng)) {
        w.labelledField(line.key, line.value, label(line.label, style), line.text, MARGIN + 12, y, { size }, MARGIN + 150);
        y += 20;
      }
      y += 20;
      w.line(MARGIN, y, MARGIN + CONTENT_WIDTH, y, 0.6);
      y += 10;
      pairRow(w, style, y, [
        { label: '诊断医师', text: p.pathologists[0] },
        { label: '审核医师', text: p.pathologists[1] },
        { label: '报告日期', text: printDate(reportDate, style), key: 'reportDate', value: reportDate },
      ], { size }, [0, 0.3, 0.6]);
      return { bytes: await w.end(), pages: w.page, fields: w.fields };
    },
  };
}
