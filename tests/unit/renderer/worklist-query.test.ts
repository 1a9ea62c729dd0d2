import { describe, expect, it } from 'vitest';
import type { IGetRowsParams } from 'ag-grid-community';
import type { WorklistQuery } from '../../../shared/domain/worklist';
import { worklistDatasource } from '../../../src-renderer/worklist/worklist-datasource';
import { sameSort, sortFromGrid } from '../../../src-renderer/worklist/worklist-sort';

describe('worklist queries', () => {
  it('maps the grid sort model onto the contract, at most three keys', () => {
    expect(sortFromGrid([
      { colId: 'claimedFen', sort: 'desc' }, { colId: 'nonsense', sort: 'asc' }, { colId: 'slaDue', sort: 'asc' },
      { colId: 'status', sort: 'asc' }, { colId: 'priority', sort: 'desc' },
    ])).toEqual([{ column: 'claimedFen', dir: 'desc' }, { column: 'slaDue', dir: 'asc' }, { column: 'status', dir: 'asc' }]);
    expect(sameSort([{ column: 'slaDue', dir: 'asc' }], [{ column: 'slaDue', dir: 'desc' }])).toBe(false);
  });

  it('asks the service for exactly the block the grid needs', async () => {
    const asked: WorklistQuery[] = [];
    const totals: number[] = [];
    const source = worklistDatasource(async (q) => {
      asked.push(q);
      return { total: 1234, rows: [] };
    }, { filter: { status: ['new'] }, quick: '  王 ' }, { onTotal: (n) => totals.push(n), onError: () => undefined });
    const done = new Promise<number | undefined>((resolve) => {
      source.getRows({
        startRow: 200, endRow: 300, sortModel: [{ colId: 'claimedFen', sort: 'asc' }], filterModel: {},
        successCallback: (_rows: unknown[], last?: number) => resolve(last), failCallback: () => resolve(-1),
      } as unknown as IGetRowsParams);
    });
    expect(await done).toBe(1234);
    expect(asked).toEqual([{ offset: 200, limit: 100, sort: [{ column: 'claimedFen', dir: 'asc' }], filter: { status: ['new'] }, quick: '王' }]);
    expect(totals).toEqual([1234]);
  });

  it('reports a failed block to the grid and to the page', async () => {
    const errors: unknown[] = [];
    const source = worklistDatasource(() => Promise.reject(new Error('down')), { filter: {}, quick: '' }, { onTotal: () => undefined, onError: (e) => errors.push(e) });
    const failed = await new Promise<boolean>((resolve) => {
      source.getRows({ startRow: 0, endRow: 100, sortModel: [], filterModel: {}, successCallback: () => resolve(false), failCallback: () => resolve(true) } as unknown as IGetRowsParams);
    });
    expect(failed).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
