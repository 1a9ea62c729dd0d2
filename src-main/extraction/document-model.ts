import { groupLines, type Line } from './layout/lines';
import { compileLexicon, findPairs, type LabelDef, type Pair } from './layout/pairs';
import { findTables, tableLines, type Table } from './layout/tables';
import type { PageText } from './types';

// A document's text as the readers see it: lines of every page in reading order, the tables found
// on them, and (once the type is known) the label/value pairs of that type's labels outside tables.

export interface DocumentModel {
  pages: readonly PageText[];
  lines: readonly Line[];
  tables: readonly Table[];
  /** Header and body lines of tables: not searched for label/value pairs. */
  inTables: ReadonlySet<Line>;
}

export function buildModel(pages: readonly PageText[]): DocumentModel {
  const lines: Line[] = [];
  const tables: Table[] = [];
  for (const page of pages) {
    const pageLines = groupLines(page);
    lines.push(...pageLines);
    tables.push(...findTables(pageLines));
  }
  return { pages, lines, tables, inTables: tableLines(tables) };
}

export function pairsOf(model: DocumentModel, labels: readonly LabelDef[]): Pair[] {
  const lexicon = compileLexicon(labels);
  return findPairs(model.lines.filter((l) => !model.inTables.has(l)), lexicon);
}
