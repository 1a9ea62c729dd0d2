import { describe, expect, it } from 'vitest';
import type { IGetRowsParams } from 'ag-grid-community';
import type { WorklistCursor, WorklistPage, WorklistQuery, WorklistRow } from '../../../shared/domain/worklist';
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
      return { total: 1234, rows: [], nextCursor: null };
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

  it('asks the block after one it has with that block\'s last-row cursor, and a block jumped to by its offset', async () => {
    const asked: WorklistQuery[] = [];
    const cursorAt = (end: number): WorklistCursor => ({ keys: [end], claimNumber: `CLM-${end}` });
    const source = worklistDatasource(async (q) => {
      asked.push(q);
      const rows = Array.from({ length: q.limit }, () => ({}) as WorklistRow);
      return { total: 1000, rows, nextCursor: cursorAt(q.offset + q.limit) } satisfies WorklistPage;
    }, { filter: {}, quick: '' }, { onTotal: () => undefined, onError: () => undefined });
    const block = (startRow: number, sort = [{ colId: 'claimedFen', sort: 'desc' }]) => new Promise<void>((resolve, reject) => {
      source.getRows({ startRow, endRow: startRow + 100, sortModel: sort, filterModel: {}, successCallback: () => resolve(), failCallback: reject } as unknown as IGetRowsParams);
    });
    await block(0);
    await block(100);
    await block(200);
    await block(700); // the scrollbar dragged
    await block(800);
    await block(100, [{ colId: 'slaDue', sort: 'asc' }]); // another sort: no cursor of the last one holds
    expect(asked.map((q) => [q.offset, q.cursor?.claimNumber ?? null])).toEqual([
      [0, null], [100, 'CLM-100'], [200, 'CLM-200'], [700, null], [800, 'CLM-800'], [100, null],
    ]);
  });

  it('asks the block after a refreshed one by its offset until the refreshed rows come', async () => {
    const asked: WorklistQuery[] = [];
    const pending: (() => void)[] = [];
    const source = worklistDatasource((q) => {
      asked.push(q);
      return new Promise<WorklistPage>((resolve) => pending.push(() => resolve({
        total: 1000, rows: Array.from({ length: q.limit }, () => ({}) as WorklistRow), nextCursor: { keys: [], claimNumber: `CLM-${q.offset + q.limit}` },
      })));
    }, { filter: {}, quick: '' }, { onTotal: () => undefined, onError: () => undefined });
    const block = (startRow: number) => new Promise<void>((resolve, reject) => {
      source.getRows({ startRow, endRow: startRow + 100, sortModel: [], filterModel: {}, successCallback: () => resolve(), failCallback: reject } as unknown as IGetRowsParams);
    });
    const first = block(0);
    pending.shift()!();
    await first;
    // The grid refreshes: both blocks are asked again before either answers.
    const again = [block(0), block(100)];
    pending.splice(0).forEach((answer) => answer());
    await Promise.all(again);
    const next = block(100);
    pending.shift()!();
    await next;
    expect(asked.map((q) => [q.offset, q.cursor?.claimNumber ?? null])).toEqual([[0, null], [0, null], [100, null], [100, 'CLM-100']]);
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
