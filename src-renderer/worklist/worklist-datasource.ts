import type { IDatasource } from 'ag-grid-community';
import type { WorklistFilter, WorklistPage, WorklistQuery } from '../../shared/domain/worklist';
import { sortFromGrid } from './worklist-sort';

export interface DatasourceEvents {
  onTotal: (total: number) => void;
  onError: (error: unknown) => void;
}

/**
 * The infinite row model's source: each block the grid needs (offset/limit) is one `claims.list` call,
 * sorted and filtered in SQLite, so 100,000 claims never come to the renderer at once.
 */
export function worklistDatasource(
  load: (query: WorklistQuery) => Promise<WorklistPage>,
  query: { filter: WorklistFilter; quick: string },
  events: DatasourceEvents,
): IDatasource {
  return {
    getRows(params) {
      const quick = query.quick.trim();
      load({
        offset: params.startRow,
        limit: params.endRow - params.startRow,
        sort: sortFromGrid(params.sortModel),
        filter: query.filter,
        ...(quick ? { quick } : {}),
      }).then(
        (page) => {
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
