import type { IDatasource } from 'ag-grid-community';
import type { WorklistCursor, WorklistFilter, WorklistPage, WorklistQuery } from '../../shared/domain/worklist';
import { sortFromGrid } from './worklist-sort';

export interface DatasourceEvents {
  onTotal: (total: number) => void;
  onError: (error: unknown) => void;
}

/**
 * The infinite row model's source: each block the grid needs (offset/limit) is one `claims.list` call,
 * sorted and filtered in SQLite, so 100,000 claims never come to the renderer at once.
 *
 * Keyed paging: scrolling, the grid asks the blocks one after another; a block whose predecessor has
 * come (in the same sort) is asked with that block's last-row cursor, so the cache seeks to it rather
 * than counting off the rows before it. A block jumped to (the scrollbar dragged) goes by its offset.
 * A block asked again (a refresh, or back in the cache) drops the cursor it ended with until its new
 * rows come: the block after it then goes by offset too, from the same state of the cache, rather
 * than after a row the refreshed block may show again.
 */
export function worklistDatasource(
  load: (query: WorklistQuery) => Promise<WorklistPage>,
  query: { filter: WorklistFilter; quick: string },
  events: DatasourceEvents,
): IDatasource {
  // The cursor at the end of each block loaded, by the row it ends before, for the current sort only.
  let cursorsSort = '';
  let cursors = new Map<number, WorklistCursor>();
  return {
    getRows(params) {
      const quick = query.quick.trim();
      const sort = sortFromGrid(params.sortModel);
      const sortKey = JSON.stringify(sort);
      if (sortKey !== cursorsSort) {
        cursorsSort = sortKey;
        cursors = new Map();
      }
      const known = cursors;
      const cursor = known.get(params.startRow);
      for (const end of known.keys()) if (end > params.startRow && end <= params.endRow) known.delete(end);
      load({
        offset: params.startRow,
        limit: params.endRow - params.startRow,
        sort,
        filter: query.filter,
        ...(quick ? { quick } : {}),
        ...(cursor ? { cursor } : {}),
      }).then(
        (page) => {
          if (page.nextCursor) known.set(params.startRow + page.rows.length, page.nextCursor);
          events.onTotal(page.total);
          params.successCallback(page.rows, page.total);
        },
        (error: unknown) => {
          events.onError(error);
          params.failCallback();
        },
      );
    },
  };
}
