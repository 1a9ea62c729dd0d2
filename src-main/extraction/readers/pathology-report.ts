import { readHer2Ihc, readIsh, readMmr, readPdl1Cps, readPdl1Tps } from '../../../shared/extraction/biomarkers';
import { readHistology } from '../../../shared/extraction/clinical';
import { spanKey, spanText, type Span } from '../layout/spans';
import { clausesOf } from './clauses';
import { type Draft, labelDefs, labelled, type ReadContext, type TypeReader, unlabelledDate } from './context';
import { withStops } from './stop-labels';
import { readDateValue, readPersonName, readText } from './values';

// 病理诊断报告 / 免疫组化报告: patient, date, specimen, histology and the markers the pathway rules
// read. Markers are found in the clauses that name them, wherever the report prints them (a marker
// table, a label per marker, or the immunohistochemistry paragraph).

const LABELS = labelDefs({
  patientName: ['姓名', '患者姓名', '病人姓名'],
  reportDate: ['报告日期', '报告时间', '签发日期', '诊断日期'],
  specimen: ['标本名称', '送检标本', '标本类型', '标本部位', '取材部位', '标本'],
  histology: ['病理诊断', '诊断意见', '病理诊断结果', '组织学类型'],
});

interface MarkerSpec {
  key: string;
  /** Which clauses speak of the marker. */
  mentions: RegExp;
  read(text: string): unknown;
}

const MARKERS: readonly MarkerSpec[] = [
  { key: 'her2Ihc', mentions: /HER-?2|C-?ERBB-?2/i, read: (t) => (isIshClause(t) ? null : readHer2Ihc(t)) },
  { key: 'her2Ish', mentions: /F?ISH|DISH|CISH|SISH|原位杂交|基因扩增|无扩增/i, read: readIsh },
  { key: 'pdl1Tps', mentions: /TPS|肿瘤细胞阳性比例/i, read: (t) => readPdl1Tps(t.replace(/肿瘤细胞阳性比例(?:分数)?/, 'TPS')) },
  // CPS as recognised too (GPS=8, ERS5), where a score follows.
  { key: 'pdl1Cps', mentions: /CPS|[CGE][PR]S(?=\s*[=:：]?\s*\d)|联合阳性分数/i, read: (t) => readPdl1Cps(t.replace(/联合阳性分数|(?<![A-Z])[CGE][PR]S(?=\s*[=:：]?\s*\d)/i, 'CPS')) },
  { key: 'mmr', mentions: /[DP]MMR|错配修复|MMR/i, read: readMmr },
];

const MMR_PROTEIN = /MLH1|PMS2|MSH2|MSH6/i;

/** A clause reporting ISH (not IHC); a bracketed remark such as 「（建议ISH检测）」 does not make one. */
function isIshClause(text: string): boolean {
  const outside = text.replace(/[（(][^）)]*[）)]/g, '');
  return /F?ISH|DISH|CISH|原位杂交|扩增/i.test(outside) && !/IHC/i.test(outside);
}

function markerDraft(ctx: ReadContext, spec: MarkerSpec): Draft | null {
  for (const line of ctx.model.lines) {
    for (const clause of clausesOf(line)) {
      if (!spec.mentions.test(spanKey(clause))) continue;
      const value = spec.read(spanText(clause));
      if (value !== null && value !== undefined) return { key: spec.key, value, spans: [clause] };
    }
  }
  return null;
}

/** MMR from the four proteins when no clause states the status itself. */
function mmrFromProteins(ctx: ReadContext): Draft | null {
  const spans: Span[] = ctx.model.lines.flatMap((l) => clausesOf(l)).filter((c) => MMR_PROTEIN.test(spanKey(c)));
  const value = spans.length ? readMmr(spans.map(spanText).join('，')) : null;
  return value ? { key: 'mmr', value, spans, factor: 0.9 } : null;
}

export const pathologyReportReader: TypeReader = {
  labels: withStops(LABELS),
  read(ctx) {
    const drafts: (Draft | null)[] = [
      labelled(ctx, 'patientName', readPersonName),
      labelled(ctx, 'reportDate', readDateValue) ?? unlabelledDate(ctx, 'reportDate'),
      labelled(ctx, 'specimen', readText),
      labelled(ctx, 'histology', readHistology),
      ...MARKERS.map((m) => markerDraft(ctx, m)),
    ];
    if (!drafts.some((d) => d?.key === 'mmr')) drafts.push(mmrFromProteins(ctx));
    return drafts.filter((d): d is Draft => d !== null);
  },
};
