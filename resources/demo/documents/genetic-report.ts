import { addDays, ageOn, creationDateOf } from '../calendar';
import type { EgfrResult, GeneticFindings } from '../clinical/plan';
import { FormWriter, MARGIN } from '../pdf/form-writer';
import { printDate, randomPrintStyle } from '../printed';
import type { Random } from '../random';
import type { ClaimPaperwork, DocumentJob } from './context';
import { CONTENT_WIDTH, letterhead, pairRow, section } from './layout';

// 基因检测报告 from a molecular lab: a multi-gene panel whose result column states each gene's finding
// in the wording labs use (「19号外显子缺失突变」「检测到 L858R」「未检测到突变」「阴性」).

const EGFR_TEXT: Record<Exclude<EgfrResult, 'negative'>, readonly string[]> = {
  exon19del: ['19号外显子缺失突变', 'EGFR 19号外显子缺失突变', '检测到 19del'],
  L858R: ['21号外显子L858R突变', '检测到 L858R', 'p.L858R 突变'],
  T790M: ['检测到 T790M', '20号外显子T790M突变'],
  exon20ins: ['20号外显子插入突变'],
};

function egfrText(results: readonly EgfrResult[], rng: Random): string {
  if (results.includes('negative')) return rng.pick(['未检测到突变', '阴性', '野生型']);
  return results.map((r) => rng.pick(EGFR_TEXT[r as Exclude<EgfrResult, 'negative'>])).join('；');
}

const fusionText = (positive: boolean, partner: string, rng: Random) =>
  (positive ? rng.pick([`检测到 ${partner} 融合`, '阳性']) : rng.pick(['未检测到融合', '阴性']));

interface ResultRow { gene: string; text: string; abundance: string; key?: string; value?: unknown }

function resultRows(g: GeneticFindings, rng: Random): ResultRow[] {
  const vaf = () => `${rng.int(5, 45)}.${rng.int(0, 9)}%`;
  const egfrPositive = !g.egfr.includes('negative');
  const rows: ResultRow[] = [
    { gene: 'EGFR', text: egfrText(g.egfr, rng), abundance: egfrPositive ? vaf() : '-', key: 'egfr', value: g.egfr },
    { gene: 'ALK', text: fusionText(g.alk === 'positive', 'EML4-ALK', rng), abundance: g.alk === 'positive' ? vaf() : '-', key: 'alk', value: g.alk },
    { gene: 'ROS1', text: fusionText(g.ros1 === 'positive', 'CD74-ROS1', rng), abundance: g.ros1 === 'positive' ? vaf() : '-', key: 'ros1', value: g.ros1 },
    {
      gene: 'KRAS/NRAS', key: 'ras', value: g.ras, abundance: g.ras === 'mutant' ? vaf() : '-',
      text: g.ras === 'mutant' ? `检测到 ${g.rasVariant ?? 'KRAS'} 突变` : rng.pick(['野生型', '未检测到突变']),
    },
    {
      gene: 'BRAF', key: 'braf', value: g.braf, abundance: g.braf === 'mutant' ? vaf() : '-',
      text: g.braf === 'mutant' ? '检测到 V600E 突变' : rng.pick(['未检测到 V600E 突变', '野生型']),
    },
    { gene: 'MSI', text: g.msi === 'MSI-H' ? 'MSI-H（微卫星高度不稳定）' : 'MSS（微卫星稳定）', abundance: '-', key: 'msi', value: g.msi },
  ];
  if (g.extra) rows.push({ gene: g.extra.gene, text: g.extra.text, abundance: vaf() });
  return rows;
}

export function geneticReportJob(p: ClaimPaperwork, fileName: string, password?: string): DocumentJob {
  return {
    documentType: 'genetic_report', fileName, password,
    async render(fonts, rng) {
      const style = randomPrintStyle(rng);
      const { plan, patient, hospital } = p;
      const g = plan.genetic;
      if (!g) throw new Error('a gene report needs genetic findings');
      const reportDate = plan.geneticDate;
      const w = new FormWriter(fonts, { title: '基因检测报告', creationDate: creationDateOf(reportDate), author: p.lab, password }, rng.fork('confidence'));
      const head = letterhead(w, p.lab, rng.pick(['肿瘤基因突变检测报告', '基因检测报告', '实体瘤多基因联合检测报告']), 40, '#1d4f91');
      w.field('lab', p.lab, p.lab, head.issuerBox);
      const size = 10;
      let y = head.bottom + 4;
      pairRow(w, style, y, [
        { label: '样本编号', text: `${rng.pick(['GT', 'NGS', 'MD'])}${reportDate.replaceAll('-', '').slice(2)}${String(rng.int(1, 999)).padStart(3, '0')}` },
        { label: '姓名', text: patient.name, key: 'patientName', value: patient.name },
        { label: '性别', text: patient.sex === 'M' ? '男' : '女' },
        { label: '年龄', text: `${ageOn(patient.birthDate, reportDate)}岁` },
      ], { size }, [0, 0.34, 0.6, 0.78]);
      y += 20;
      pairRow(w, style, y, [{ label: '送检医院', text: hospital.name }, { label: '送检科室', text: p.departmentName }], { size }, [0, 0.6]);
      y += 20;
      pairRow(w, style, y, [
        { label: '样本类型', text: g.sample === '组织' ? '组织（石蜡切片）' : '外周血（血浆ctDNA）' },
        { label: '检测方法', text: rng.pick(['高通量测序（NGS）', 'NGS多基因panel', 'ARMS-PCR/NGS']) },
      ], { size }, [0, 0.5]);
      y += 20;
      pairRow(w, style, y, [
        { label: '收样日期', text: printDate(addDays(reportDate, -rng.int(5, 9)), style) },
        { label: '报告日期', text: printDate(reportDate, style), key: 'reportDate', value: reportDate },
      ], { size }, [0, 0.5]);
      y += 30;
      w.text('检测结果', MARGIN, y, { size: 11, bold: true });
      y += 20;
      const rows = resultRows(g, rng);
      const table = w.table(MARGIN, y, [
        { header: '基因', width: 90 }, { header: '检测结果', width: 250 }, { header: '突变丰度', width: 70, align: 'right' }, { header: '备注', width: CONTENT_WIDTH - 410 },
      ], rows.map((r) => [r.gene, r.text, r.abundance, '']), { size: 9.5, rowHeight: 20, ruled: true });
      rows.forEach((r, i) => {
        const box = table.cellBoxes[i]![1];
        if (r.key && box) w.field(r.key, r.value, r.text, box);
      });
      y = table.bottom + 16;
      const actionable = rows.filter((r) => r.abundance !== '-' && r.gene !== 'MSI').map((r) => `${r.gene} ${r.text}`);
      y = section(w, style, y, '结论', actionable.length > 0 ? `本次检测到${actionable.join('、')}，详见上表，请结合临床解读。` : '本次检测范围内未检测到具有明确临床意义的基因变异。');
      y = section(w, style, y, '说明', '本报告仅对所检样本负责。检测结果受样本肿瘤细胞含量等因素影响，阴性结果不能完全排除变异存在的可能。');
      pairRow(w, style, y + 12, [{ label: '检测人', text: p.labStaff[0] }, { label: '审核人', text: p.labStaff[1] }], { size }, [0, 0.5]);
      return { bytes: await w.end(), pages: w.page, fields: w.fields };
    },
  };
}
