import type { SortModelItem } from 'ag-grid-community';
import { WORKLIST_SORT_COLUMNS, type WorklistSortColumn, type WorklistQuery } from '../../shared/domain/worklist';

export type WorklistSort = NonNullable<WorklistQuery['sort']>;

const isSortColumn = (colId: string): colId is WorklistSortColumn => (WORKLIST_SORT_COLUMNS as readonly string[]).includes(colId);

/** The grid's sort model as the contract's sort: column ids are the sort column names; at most 3 keys. */
export function sortFromGrid(model: readonly SortModelItem[]): WorklistSort {
  return model
    .filter((m) => isSortColumn(m.colId))
    .slice(0, 3)
    .map((m) => ({ column: m.colId as WorklistSortColumn, dir: m.sort }));
}

export const sameSort = (a: WorklistSort, b: WorklistSort): boolean =>
  a.length === b.length && a.every((s, i) => s.column === b[i]?.column && s.dir === b[i]?.dir);
