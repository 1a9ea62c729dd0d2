import { readEgfr, readFusion, readMsi, readMutationStatus } from '../../../shared/extraction/biomarkers';
import { spanKey, spanText, type Span } from '../layout/spans';
import { clausesOf } from './clauses';
import { type Draft, issuer, labelDefs, labelled, type ReadContext, type TypeReader, unlabelledDate } from './context';
import { joinPieces, rowView } from './items';
import { withStops } from './stop-labels';
import { readDateValue, readOrganisation, readPersonName } from './values';

// 基因检测报告: patient, date, lab and one result per gene. A results table (gene, variant, result
// columns) is read row by row, the gene filled down over rows that leave it blank; without a table,
// the clauses that name a gene are read. Method and scope statements (「检测方法」「检测范围包括…」)
// name genes and variants without reporting them, and are skipped.

const LABELS = labelDefs({
  patientName: ['姓名', '患者姓名', '受检者', '受检者姓名'],
  reportDate: ['报告日期', '报告时间', '签发日期'],
  lab: ['检测机构', '检测单位', '检测实验室', '实验室名称', '检测中心'],
});

interface GeneSpec {
  key: string;
  gene: RegExp;
  read(text: string): unknown;
}

const GENES: readonly GeneSpec[] = [
  // EGFR as recognised too: its G read as C.
  { key: 'egfr', gene: /E[GC]FR/i, read: readEgfr },
  { key: 'alk', gene: /(?<![A-Z0-9-])ALK(?![A-Z])/i, read: readFusion },
  // ROS1 as recognised: its 1 read as l or I, its S as 5.
  { key: 'ros1', gene: /RO[S5]-?[1lI](?![A-Z])/i, read: readFusion },
  { key: 'ras', gene: /(?<![A-Z])[KN]?RAS(?![A-Z])/i, read: readMutationStatus },
  { key: 'braf', gene: /BRAF/i, read: readMutationStatus },
  { key: 'msi', gene: /MSI|MSS|微卫星/i, read: readMsi },
];

const NOT_A_RESULT = /检测方法|检测范围|检测内容|检测项目|检测基因[:：]|方法学|包括|涵盖|适用|说明|局限/;

interface GeneRow { gene: string; result: Span[] }

/** Rows of result tables with their gene (filled down) and the cells that state the result. */
function tableRows(ctx: ReadContext): GeneRow[] {
  const out: GeneRow[] = [];
  for (const t of ctx.model.tables) {
    if (!t.columns.some((c) => c.role === 'gene') || !t.columns.some((c) => c.role === 'result' || c.role === 'variant')) continue;
    let gene = '';
    for (const row of t.rows) {
      const view = rowView(row, t.columns);
      // A gene cell names a gene; anything else there (a stray recognised mark, the first letter of a
      // variant read as an ideograph) leaves the gene above in force.
      const cell = view.text('gene');
      if (cell && (GENES.some((g) => g.gene.test(cell)) || /[A-Za-z]{2}/.test(cell))) gene = cell;
      const result = [...view.spans('variant'), ...view.spans('result')];
      if (gene && result.length) out.push({ gene, result });
    }
  }
  return out;
}

/** Whether a row is about the gene: by its gene cell, or, when that names no gene we know (MSL, a misread MSI), by its other cells. */
function rowIsAbout(row: GeneRow, spec: GeneSpec): boolean {
  if (spec.gene.test(row.gene)) return true;
  return !GENES.some((g) => g.gene.test(row.gene)) && spec.gene.test(row.result.map(spanKey).join(' '));
}

function fromTable(rows: readonly GeneRow[], spec: GeneSpec): Draft | null {
  const mine = rows.filter((r) => rowIsAbout(r, spec));
  if (!mine.length) return null;
  // Each row is a clause of its own: 「19号外显子缺失」「T790M 未检测到」.
  const text = mine.map((r) => joinPieces(r.result.map(spanText))).join('；');
  const value = spec.read(text);
  return value === null ? null : { key: spec.key, value, spans: mine.flatMap((r) => r.result), text };
}

/** The clauses about one gene: from a clause naming it up to the next clause naming another gene. */
function geneClauses(ctx: ReadContext, spec: GeneSpec): Span[] {
  const out: Span[] = [];
  for (const line of ctx.model.lines) {
    if (ctx.model.inTables.has(line)) continue;
    let inside = false;
    for (const c of clausesOf(line)) {
      const key = spanKey(c);
      if (spec.gene.test(key)) inside = true;
      else if (GENES.some((g) => g !== spec && g.gene.test(key))) inside = false;
      if (inside && !NOT_A_RESULT.test(key)) out.push(c);
    }
  }
  return out;
}

function fromClauses(ctx: ReadContext, spec: GeneSpec): Draft | null {
  const clauses = geneClauses(ctx, spec);
  if (!clauses.length) return null;
  const value = spec.read(clauses.map(spanText).join('；'));
  return value === null ? null : { key: spec.key, value, spans: clauses, factor: 0.9 };
}

export const geneticReportReader: TypeReader = {
  labels: withStops(LABELS),
  read(ctx) {
    const rows = tableRows(ctx);
    const drafts: (Draft | null)[] = [
      labelled(ctx, 'patientName', readPersonName),
      labelled(ctx, 'reportDate', readDateValue) ?? unlabelledDate(ctx, 'reportDate'),
      labelled(ctx, 'lab', readOrganisation) ?? relabel(issuer(ctx), 'lab'),
      ...GENES.map((g) => fromTable(rows, g) ?? fromClauses(ctx, g)),
    ];
    return drafts.filter((d): d is Draft => d !== null);
  },
};

function relabel(d: Draft | null, key: string): Draft | null {
  return d ? { ...d, key } : null;
}
