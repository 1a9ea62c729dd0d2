import type { BBox } from '../../../shared/domain/document';
import { union } from '../geometry';
import type { Line } from './lines';
import { runsOf, spanText, type Span } from './spans';

// Tables found by their column headers. A header is a line made (mostly) of known column names; a
// header printed on two lines (a group title such as 「金额（元）」 over 「单价 金额」, with the other
// titles spanning both lines) is read as one. Body lines are cut into cells by the columns' extents;
// a line with nothing in the anchor columns (amounts, quantities) continues the cells of the row above
// (a name wrapped onto a second line). The table ends at its 合计 line, a large gap or a non-row.

export type ColumnRole =
  | 'index' | 'code' | 'name' | 'spec' | 'quantity' | 'unit' | 'unitPrice' | 'amount' | 'catalogue' | 'date'
  | 'dose' | 'frequency' | 'route' | 'days' | 'usage' | 'remark' | 'gene' | 'variant' | 'result' | 'marker'
  | 'ratio' | 'abundance';

/** Column titles by role; the longest title found wins, so 「单价」 is not read as 「价」. */
const HEADERS: readonly [ColumnRole, readonly string[]][] = [
  ['index', ['序号', '行号', 'No.', 'No']],
  ['code', ['项目编码', '医保编码', '编码', '国家编码', '代码']],
  ['name', ['项目名称', '药品名称', '收费项目', '费用名称', '名称', '品名', '项目', '药品/项目名称', '通用名', '药品及诊疗项目', '药品', '药名', '收费项目名称', '项目/药品名称']],
  ['spec', ['规格', '规格型号', '规格/剂型', '剂型规格']],
  ['quantity', ['数量', '总量', '发药数量']],
  ['unit', ['单位', '计价单位']],
  ['unitPrice', ['单价', '单价(元)', '价格']],
  ['amount', ['金额', '金额(元)', '总金额', '合计金额', '费用', '小计', '金额合计', '总价']],
  ['catalogue', ['类别', '医保类别', '甲乙类', '医保等级', '分类', '项目类别', '医保类型', '甲/乙类']],
  ['ratio', ['自付比例', '自付比', '报销比例']],
  ['date', ['日期', '费用日期', '发生日期', '使用日期', '记账日期']],
  ['dose', ['剂量', '单次剂量', '用量', '每次用量', '单次用量']],
  ['frequency', ['频次', '给药频次', '频率', '用药频次']],
  ['route', ['途径', '给药途径', '用药途径']],
  ['usage', ['用法', '用法用量', '用法/用量']],
  ['days', ['天数', '用药天数', '疗程']],
  ['remark', ['备注', '说明']],
  ['abundance', ['突变丰度', '丰度', '突变频率', '频率(%)', 'VAF']],
  ['gene', ['基因', '检测基因', '基因名称']],
  ['variant', ['突变类型', '变异类型', '检测位点', '变异', '突变位点', '外显子', '检测内容', '检测项目']],
  ['result', ['检测结果', '结果', '结论', '结果判读']],
  ['marker', ['标志物', '指标', '抗体']],
];

interface Title { role: ColumnRole; text: string }
const TITLES: Title[] = HEADERS.flatMap(([role, texts]) => texts.map((text) => ({ role, text })))
  .sort((a, b) => b.text.length - a.text.length);
const TITLE_RES = TITLES.map((t) => ({ ...t, re: new RegExp([...t.text].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(' ?'), 'g') }));

export interface Column {
  role: ColumnRole;
  /** Header text, upper header lines first (「金额(元) 单价」). */
  header: string;
  x0: number;
  x1: number;
}

export type Cells = Partial<Record<ColumnRole, Span[]>>;

export interface Row {
  cells: Cells;
  /** The row's lines: the anchored line plus wrapped continuation lines. */
  lines: Line[];
}

export interface Table {
  page: number;
  headerLines: Line[];
  columns: Column[];
  rows: Row[];
  /** The 合计 line under the table, when there is one. */
  totalLine: Line | null;
  bbox: BBox;
}

interface HeaderCell { role: ColumnRole; text: string; x0: number; x1: number }

/** The column titles of a line, when the line is (mostly) made of them. */
function headerCells(line: Line): HeaderCell[] | null {
  const key = line.key;
  const taken: [number, number][] = [];
  const cells: HeaderCell[] = [];
  for (const t of TITLE_RES) {
    t.re.lastIndex = 0;
    for (const m of key.matchAll(t.re)) {
      let end = m.index + m[0].length;
      // A unit note right after the title belongs to it: 金额(元).
      const unit = /^\s*\((?:元|¥|mg|天|次)\)/.exec(key.slice(end));
      if (unit) end += unit[0].length;
      if (taken.some(([s, e]) => m.index < e && end > s)) continue;
      const g0 = line.glyphs[m.index];
      const g1 = line.glyphs[end - 1];
      if (!g0 || !g1) continue;
      taken.push([m.index, end]);
      cells.push({ role: t.role, text: line.text.slice(m.index, end), x0: g0.x0, x1: g1.x1 });
    }
  }
  const covered = taken.reduce((s, [a, b]) => s + key.slice(a, b).replace(/\s/g, '').length, 0);
  const total = key.replace(/[\s|]/g, '').length;
  if (!cells.length || covered < total * 0.75) return null;
  return cells.sort((a, b) => a.x0 - b.x0);
}

const TOTAL_LINE = /^\s*(?:合\s*计|总\s*计|小\s*计|共\s*计|本页合计|累计|费用合计|金额合计|总金额|总费用|费用总额)/;
const MIN_COLUMNS = 3;
const MAX_ROW_GAP = 1.5;
/** Columns a wrapped second line of a row can have text in. */
const WRAPPING: ReadonlySet<ColumnRole> = new Set(['name', 'spec', 'remark', 'usage', 'variant', 'result']);
/** Columns whose text makes a line a row of its own. */
const ANCHORS: readonly ColumnRole[] = ['amount', 'unitPrice', 'quantity', 'result', 'dose', 'frequency', 'usage'];

/** Columns from the header lines: the lowest line's titles, plus upper titles over no lower one. */
function columnsOf(headers: HeaderCell[][]): Column[] {
  const lowest = headers[headers.length - 1]!;
  const columns: Column[] = lowest.map((c) => ({ role: c.role, header: c.text, x0: c.x0, x1: c.x1 }));
  for (const upper of headers.slice(0, -1).reverse()) {
    for (const u of upper) {
      const under = columns.filter((c) => c.x1 > u.x0 && c.x0 < u.x1);
      if (under.length) under.forEach((c) => { c.header = `${u.text} ${c.header}`; });
      else columns.push({ role: u.role, header: u.text, x0: u.x0, x1: u.x1 });
    }
  }
  return columns.sort((a, b) => a.x0 - b.x0);
}

/** Side-by-side copies of the same columns (a two-up item list) as separate groups. */
function groupsOf(columns: Column[]): Column[][] {
  const groups: Column[][] = [[]];
  for (const c of columns) {
    const current = groups[groups.length - 1]!;
    if (current.some((k) => k.role === c.role)) groups.push([c]);
    else current.push(c);
  }
  return groups;
}

/** Horizontal distance between two intervals; negative when they overlap (by that much). */
function distance(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(a0, b0) - Math.min(a1, b1);
}

/**
 * The pieces of a line that go to one column each: its runs, except that on a recognised line a
 * number and the 号 after it are one piece (the recogniser splits 20号外显子插入 at the number, and
 * the number alone would go to the column on the left, whose title is nearer than its own).
 */
function piecesOf(line: Line): Span[] {
  const runs = runsOf(line);
  if (line.source !== 'ocr') return runs;
  const pieces: Span[] = [];
  for (const run of runs) {
    const last = pieces.at(-1);
    const ordinal = last && /^\d+$/.test(spanText(last)) && line.text[run.start] === '号' && !line.text.slice(last.end, run.start).includes('\t');
    if (ordinal) pieces[pieces.length - 1] = { ...last, end: run.end };
    else pieces.push(run);
  }
  return pieces;
}

/** Each piece goes to the column whose title it overlaps most, or whose title is nearest. */
function cutLine(line: Line, columns: Column[]): Map<Column, Span[]> {
  const cells = new Map<Column, Span[]>();
  for (const run of piecesOf(line)) {
    const g0 = line.glyphs[run.start]!;
    const g1 = line.glyphs[run.end - 1]!;
    let best = columns[0]!;
    let bestDistance = Infinity;
    for (const c of columns) {
      const d = distance(g0.x0, g1.x1, c.x0, c.x1);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    const list = cells.get(best) ?? [];
    list.push(run);
    cells.set(best, list);
  }
  return cells;
}

function cellsOfGroup(cut: Map<Column, Span[]>, group: Column[]): Cells {
  const cells: Cells = {};
  for (const c of group) {
    const spans = cut.get(c);
    if (spans) (cells[c.role] ??= []).push(...spans);
  }
  return cells;
}

const isEmpty = (cells: Cells) => Object.keys(cells).length === 0;
const isAnchored = (cells: Cells, group: Column[]) => {
  const present = ANCHORS.filter((r) => group.some((c) => c.role === r));
  return present.length === 0 ? !isEmpty(cells) : present.some((r) => cells[r]?.length);
};
const onlyWrapping = (cells: Cells) => (Object.keys(cells) as ColumnRole[]).every((r) => WRAPPING.has(r));

/** Wrapped lines' cells joined to the row's, before (a line above the anchor) or after it. */
function mergeCells(into: Cells, from: Cells, before: boolean): void {
  for (const [role, spans] of Object.entries(from) as [ColumnRole, Span[]][]) {
    const list = (into[role] ??= []);
    if (before) list.unshift(...spans);
    else list.push(...spans);
  }
}

interface GroupState { rows: Row[]; pending: { line: Line; cells: Cells }[] }

/** Adds a body line to a column group; false when the line cannot belong to the table. */
function addLine(state: GroupState, line: Line, cells: Cells, group: Column[]): boolean {
  if (isEmpty(cells)) return true;
  if (isAnchored(cells, group)) {
    const row: Row = { cells, lines: [...state.pending.map((p) => p.line), line] };
    for (const p of state.pending.reverse()) mergeCells(row.cells, p.cells, true);
    state.pending = [];
    state.rows.push(row);
    return true;
  }
  if (!onlyWrapping(cells)) return false;
  const prev = state.rows[state.rows.length - 1];
  if (prev && line.bbox[1] - prev.lines[prev.lines.length - 1]!.bbox[3] < 0.8 * line.size) {
    mergeCells(prev.cells, cells, false);
    prev.lines.push(line);
  } else {
    state.pending.push({ line, cells });
  }
  return true;
}

/** Tables of one page's lines (in reading order); a two-up list gives one table per column group. */
export function findTables(lines: readonly Line[]): Table[] {
  const tables: Table[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = headerCells(lines[i]!);
    if (!first) { i++; continue; }
    const headerLines = [lines[i]!];
    const headers = [first];
    // A second header line directly below (a group title over sub-titles).
    while (i + 1 < lines.length && lines[i + 1]!.page === lines[i]!.page) {
      const next = headerCells(lines[i + 1]!);
      if (!next || lines[i + 1]!.bbox[1] - lines[i]!.bbox[3] > lines[i]!.size * 1.2) break;
      headers.push(next);
      headerLines.push(lines[++i]!);
    }
    const columns = columnsOf(headers);
    const groups = groupsOf(columns);
    if (columns.length < MIN_COLUMNS || groups.some((g) => g.length < 2)) { i++; continue; }
    const states: GroupState[] = groups.map(() => ({ rows: [], pending: [] }));
    let totalLine: Line | null = null;
    let last = lines[i]!;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.page !== last.page || line.bbox[1] - last.bbox[3] > MAX_ROW_GAP * Math.max(line.size, last.size)) break;
      if (TOTAL_LINE.test(line.key)) { totalLine = line; j++; break; }
      if (headerCells(line)) break;
      const cut = cutLine(line, columns);
      if (!groups.every((g, k) => addLine(states[k]!, line, cellsOfGroup(cut, g), g))) break;
      last = line;
    }
    groups.forEach((g, k) => {
      const rows = states[k]!.rows;
      tables.push({
        page: lines[i]!.page, headerLines, columns: g, rows, totalLine,
        bbox: union([...headerLines, ...rows.flatMap((r) => r.lines)].map((l) => l.bbox)),
      });
    });
    i = j;
  }
  return tables;
}

/** Header and body lines of the tables (not their 合计 lines, which read as label and value). */
export function tableLines(tables: readonly Table[]): Set<Line> {
  const out = new Set<Line>();
  for (const t of tables) {
    for (const l of t.headerLines) out.add(l);
    for (const r of t.rows) for (const l of r.lines) out.add(l);
  }
  return out;
}
