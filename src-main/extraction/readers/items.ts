import type { Column, ColumnRole, Row, Table } from '../layout/tables';
import { spanText, type Span } from '../layout/spans';
import type { Draft } from './context';

// Item lists read from tables: one field per table (a list printed over several pages gives one field
// per page, each with its own box), whose value is the list of row objects.

export interface RowView {
  /** The cell text of a column (wrapped lines joined), or null when the row has none. */
  text(role: ColumnRole): string | null;
  /** Whether the table has this column. */
  has(role: ColumnRole): boolean;
  spans(role: ColumnRole): Span[];
  row: Row;
}

const CJK_END = /[\u4e00-\u9fff（(]$/;
const CJK_START = /^[\u4e00-\u9fff）)]/;

/** Wrapped pieces of a cell joined: no space between Chinese pieces, one between others. */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const p of pieces) {
    if (!p) continue;
    out += out && !(CJK_END.test(out) || CJK_START.test(p)) ? ` ${p}` : p;
  }
  return out;
}

export function rowView(row: Row, columns: readonly Column[]): RowView {
  return {
    row,
    has: (role) => columns.some((c) => c.role === role),
    spans: (role) => row.cells[role] ?? [],
    text: (role) => {
      const spans = row.cells[role];
      if (!spans?.length) return null;
      const t = joinPieces(spans.map(spanText));
      return t || null;
    },
  };
}

/** One items field per table that has the required columns and at least one readable row. */
export function itemsOfTables(
  tables: readonly Table[], read: (row: RowView) => Record<string, unknown> | null, required: readonly ColumnRole[], key = 'items',
): Draft[] {
  const drafts: Draft[] = [];
  for (const t of tables) {
    if (!required.every((r) => t.columns.some((c) => c.role === r))) continue;
    const items: Record<string, unknown>[] = [];
    const spans: Span[] = [];
    const texts: string[] = [];
    for (const row of t.rows) {
      const view = rowView(row, t.columns);
      const item = read(view);
      if (!item) continue;
      items.push(item);
      const rowSpans = Object.values(row.cells).flat();
      spans.push(...rowSpans);
      texts.push(row.lines.map((l) => l.text.replace(/\t/g, ' ')).join(' '));
    }
    if (items.length) drafts.push({ key, value: items, spans, text: texts.join('\n') });
  }
  return drafts;
}
