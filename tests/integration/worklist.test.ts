import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, PRIORITIES, type Priority } from '../../shared/domain/claim';
import { WORKLIST_SORT_COLUMNS, worklistQuerySchema, type WorklistCursor, type WorklistPage, type WorklistRow, type WorklistSortColumn } from '../../shared/domain/worklist';
import { clearClaims, loadDataset } from '../../src-main/db/mutations/dataset';
import { WORKLIST_SELECT, worklistOrder, worklistWhere } from '../../src-main/db/queries/worklist';
import type { WriteTx } from '../../src-main/db/write';
import { SYSTEM_USER } from '../../src-main/demo/load-demo';
import { MY_QUEUE_STATES } from '../../src-main/services/views';
import { fixtureWorkstation, type FixtureWorkstation } from '../support/fixture-workstation';

let ws: FixtureWorkstation;
beforeAll(async () => { ws = await fixtureWorkstation(120); });
afterAll(() => ws.dispose());

async function list(query: Record<string, unknown>): Promise<WorklistPage> {
  const envelope = await ws.dispatch('claims.list', { offset: 0, limit: 1000, ...query });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as WorklistPage;
}

const sortedBy = <T>(rows: WorklistRow[], key: (r: WorklistRow) => T, desc = false): boolean =>
  rows.every((r, i) => i === 0 || (desc ? key(rows[i - 1]!) >= key(r) : key(rows[i - 1]!) <= key(r)));

describe('worklist query', () => {
  it('pages through every claim exactly once in a stable order', async () => {
    const seen = new Set<string>();
    for (let offset = 0; offset < 120; offset += 25) {
      const page = await list({ offset, limit: 25, sort: [{ column: 'priority', dir: 'asc' }] });
      expect(page.total).toBe(120);
      page.rows.forEach((r) => seen.add(r.id));
    }
    expect(seen.size).toBe(120);
  });

  it('sorts by amount and by SLA in both directions', async () => {
    expect(sortedBy((await list({ sort: [{ column: 'claimedFen', dir: 'desc' }] })).rows, (r) => r.claimedFen, true)).toBe(true);
    expect(sortedBy((await list({ sort: [{ column: 'slaDue', dir: 'asc' }] })).rows, (r) => r.slaDue)).toBe(true);
  });

  it('filters by status, product, assignee and amount range together', async () => {
    const page = await list({ filter: { status: ['new', 'in_review'], product: ['MM-2025'], assigneeId: 'u-adj2', claimedMinFen: 1_000_000 } });
    const expected = ws.dataset.claims.filter((c) => ['new', 'in_review'].includes(c.status) && c.policy.product === 'MM-2025'
      && c.assigneeId === 'u-adj2' && c.claimedFen >= 1_000_000);
    expect(page.total).toBe(expected.length);
    expect(page.rows.map((r) => r.claimNumber).sort()).toEqual(expected.map((c) => c.claimNumber).sort());
  });

  it('finds unassigned claims with assigneeId null', async () => {
    const page = await list({ filter: { assigneeId: null } });
    expect(page.total).toBe(ws.dataset.claims.filter((c) => c.assigneeId === null).length);
    expect(page.rows.every((r) => r.assigneeId === null)).toBe(true);
  });

  it('quick-searches claim numbers, names, policy numbers and invoice numbers, with wildcards taken literally', async () => {
    expect((await list({ quick: 'CLM-T00042' })).rows.map((r) => r.claimNumber)).toEqual(['CLM-T00042']);
    expect((await list({ quick: 'Wang' })).total).toBe(12);
    expect((await list({ quick: 'POL-00007' })).rows.map((r) => r.claimNumber)).toEqual(['CLM-T00007']);
    expect((await list({ quick: 'INV00013' })).rows.map((r) => r.claimNumber)).toEqual(['CLM-T00013']);
    expect((await list({ quick: '%' })).total).toBe(0);
  });

  it('masks the claimant ID number and never sends it whole', async () => {
    const page = await list({ limit: 5 });
    for (const row of page.rows) {
      expect(row.claimantIdMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(JSON.stringify(row)).not.toContain('31010119600101');
    }
  });
});

// ---- keyed paging ---------------------------------------------------------------------------------

const SORT_DIRS = ['asc', 'desc'] as const;
type Sort = { column: WorklistSortColumn; dir: 'asc' | 'desc' }[];

/** A bare claim (no documents) with the given values, for ties, unassigned claims and changes. */
function insertBareClaim(tx: WriteTx, c: { id: string; status: string; priority: Priority; assigneeId: string | null; product: string; cancerType: string;
  claimantName: string; diagnosisText: string; claimedFen: number; receivedAt: string; slaDue: string }): void {
  const policy = tx.row<{ id: string }>('SELECT id FROM policies ORDER BY id LIMIT 1')!.id;
  tx.run(`INSERT INTO claims (id, claim_number, policy_id, status, priority, priority_rank, claimant_name, claimant_id_number, claimant_sex,
    claimant_birth_date, product_code, diagnosis_text, cancer_type, claimed_fen, received_at, sla_due, assignee_id, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, '310101196001011234', 'F', '1960-01-01', ?, ?, ?, ?, ?, ?, ?, ?)`,
  c.id, c.id, policy, c.status, c.priority, PRIORITIES.indexOf(c.priority), c.claimantName, c.product, c.diagnosisText, c.cancerType,
  c.claimedFen, c.receivedAt, c.slaDue, c.assigneeId, tx.now);
}

/** UTF-8 byte order, as SQLite's BINARY collation compares text. */
const compareText = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** A row's key for a sort column, as the cache orders by it: the unassigned before every name. */
const rowKey = (r: WorklistRow, column: WorklistSortColumn): string | number => {
  switch (column) {
    case 'claimNumber': return r.claimNumber;
    case 'status': return r.status;
    case 'claimantName': return r.claimantName;
    case 'product': return r.product;
    case 'diagnosisText': return r.diagnosisText;
    case 'claimedFen': return r.claimedFen;
    case 'priority': return PRIORITIES.indexOf(r.priority);
    case 'slaDue': return r.slaDue;
    case 'assigneeName': return r.assigneeName === null ? '' : `@${r.assigneeName}`;
    case 'receivedAt': return r.receivedAt;
  }
};

/** The order the worklist promises, computed here: the sort's keys, then the claim number in the last key's direction. */
function referenceOrder(rows: WorklistRow[], sort: Sort): string[] {
  const keys: Sort = [];
  for (const s of sort) {
    keys.push(s);
    if (s.column === 'claimNumber') break;
  }
  if (keys.at(-1)?.column !== 'claimNumber') keys.push({ column: 'claimNumber', dir: keys.at(-1)?.dir ?? 'asc' });
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const x = rowKey(a, k.column);
      const y = rowKey(b, k.column);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
      if (c !== 0) return k.dir === 'desc' ? -c : c;
    }
    return 0;
  }).map((r) => r.claimNumber);
}

describe('keyed paging', () => {
  let pws: FixtureWorkstation;
  let all: WorklistRow[];
  const listOn = async (query: Record<string, unknown>): Promise<WorklistPage> => {
    const envelope = await pws.dispatch('claims.list', { offset: 0, limit: 1000, ...query });
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as WorklistPage;
  };
  /** Every row, page after page, each page asked with the cursor of the one before. */
  const byCursor = async (query: Record<string, unknown>, size: number): Promise<string[]> => {
    const seen: string[] = [];
    let cursor: WorklistCursor | null = null;
    for (let offset = 0; offset <= 1000; offset += size) {
      const page: WorklistPage = await listOn({ ...query, offset, limit: size, ...(cursor ? { cursor } : {}) });
      seen.push(...page.rows.map((r) => r.claimNumber));
      if (page.rows.length < size) return seen;
      cursor = page.nextCursor;
    }
    throw new Error('paging by cursor did not end');
  };
  const byOffset = async (query: Record<string, unknown>, size: number): Promise<string[]> => {
    const seen: string[] = [];
    for (let offset = 0; offset <= 1000; offset += size) {
      const page = await listOn({ ...query, offset, limit: size });
      seen.push(...page.rows.map((r) => r.claimNumber));
      if (page.rows.length < size) return seen;
    }
    throw new Error('paging by offset did not end');
  };

  beforeAll(async () => {
    pws = await fixtureWorkstation(60);
    // Ties on every sortable column: claims that copy a fixture claim's values but its number, some unassigned.
    const copies = pws.ctx.db.rows<Record<string, string | number>>(`SELECT * FROM claims ORDER BY claim_number LIMIT 20`);
    pws.ctx.transact('u-sup', (tx) => copies.forEach((c, i) => insertBareClaim(tx, {
      id: `CLM-X${String(i).padStart(3, '0')}`, status: String(c.status), priority: c.priority as Priority,
      assigneeId: i % 3 === 0 ? null : ['u-adj', 'u-adj2', 'u-sup'][i % 3]!, product: String(c.product_code), cancerType: String(c.cancer_type),
      claimantName: String(c.claimant_name), diagnosisText: String(c.diagnosis_text), claimedFen: Number(c.claimed_fen),
      receivedAt: String(c.received_at), slaDue: String(c.sla_due),
    })));
    all = (await listOn({})).rows;
  });
  afterAll(() => pws.dispose());

  it('orders by every column in both directions as promised, the unassigned first ascending and last descending', async () => {
    expect(all).toHaveLength(80);
    for (const column of WORKLIST_SORT_COLUMNS) {
      for (const dir of SORT_DIRS) {
        const sort = [{ column, dir }];
        const rows = (await listOn({ sort })).rows;
        expect(rows.map((r) => r.claimNumber), `${column} ${dir}`).toEqual(referenceOrder(all, sort));
        if (column === 'assigneeName') {
          const unassigned = rows.filter((r) => r.assigneeName === null).length;
          expect(unassigned).toBeGreaterThan(0);
          const nulls = dir === 'asc' ? rows.slice(0, unassigned) : rows.slice(-unassigned);
          expect(nulls.every((r) => r.assigneeName === null)).toBe(true);
        }
      }
    }
  });

  it('pages by cursor exactly as by offset, for every sort column and direction, across page boundaries', async () => {
    for (const column of WORKLIST_SORT_COLUMNS) {
      for (const dir of SORT_DIRS) {
        for (const filter of [{}, { status: ['new', 'in_review', 'decided'] }, { assigneeId: null }]) {
          const query = { sort: [{ column, dir }], filter };
          const whole = (await listOn(query)).rows.map((r) => r.claimNumber);
          expect(whole.length).toBeGreaterThan(0);
          for (const size of [1, 7, 25]) {
            expect(await byCursor(query, size), `${column} ${dir} ${JSON.stringify(filter)} by ${size}`).toEqual(whole);
            expect(await byOffset(query, size)).toEqual(whole);
          }
        }
      }
    }
  });

  it('pages by cursor as by offset for any sort of up to three columns, any filter and any page size', async () => {
    const sortArb = fc.array(fc.record({ column: fc.constantFrom(...WORKLIST_SORT_COLUMNS), dir: fc.constantFrom(...SORT_DIRS) }), { maxLength: 3 });
    const filterArb = fc.record({
      status: fc.subarray([...CLAIM_STATUSES]),
      product: fc.subarray(['MM-2025', 'HMB-SH-2023']),
      assigneeId: fc.constantFrom('u-adj', 'u-adj2', null),
      claimedMinFen: fc.integer({ min: 0, max: 9_000_000 }),
    }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(sortArb, filterArb, fc.integer({ min: 1, max: 30 }), async (sort, filter, size) => {
      const whole = (await listOn({ sort, filter })).rows;
      const expected = referenceOrder(whole, sort);
      expect(whole.map((r) => r.claimNumber)).toEqual(expected);
      expect(await byCursor({ sort, filter }, size)).toEqual(expected);
      expect(await byOffset({ sort, filter }, size)).toEqual(expected);
    }), { numRuns: 60 });
  });

  it('gives the rows after a cursor whatever the offset says, and each page its last row\'s cursor', async () => {
    const sort: Sort = [{ column: 'priority', dir: 'desc' }];
    const first = await listOn({ sort, limit: 10 });
    expect(first.nextCursor).toEqual({ keys: [PRIORITIES.indexOf(first.rows[9]!.priority)], claimNumber: first.rows[9]!.claimNumber });
    const next = await listOn({ sort, offset: 500, limit: 10, cursor: first.nextCursor });
    expect(next.rows.map((r) => r.claimNumber)).toEqual(referenceOrder(all, sort).slice(10, 20));
    expect(next.total).toBe(80);
    expect((await listOn({ sort, filter: { status: ['withdrawn'], product: ['none'] } })).nextCursor).toBeNull();
  });

  it('refuses a cursor that does not fit the sort', async () => {
    const refused = async (sort: Sort, cursor: unknown): Promise<string> => {
      const envelope = await pws.dispatch('claims.list', { offset: 0, limit: 10, sort, cursor });
      if (envelope.ok) throw new Error(`a cursor ${JSON.stringify(cursor)} was taken for ${JSON.stringify(sort)}`);
      expect(envelope.error.code).toBe('BAD_REQUEST');
      return envelope.error.message;
    };
    expect(await refused([{ column: 'claimedFen', dir: 'asc' }], { keys: [], claimNumber: 'CLM-T00001' })).toMatch(/cursor\.keys/);
    expect(await refused([{ column: 'claimedFen', dir: 'asc' }], { keys: ['100'], claimNumber: 'CLM-T00001' })).toMatch(/claimedFen/);
    expect(await refused([{ column: 'priority', dir: 'asc' }], { keys: [4], claimNumber: 'CLM-T00001' })).toMatch(/priority/);
    expect(await refused([{ column: 'status', dir: 'asc' }], { keys: ['open'], claimNumber: 'CLM-T00001' })).toMatch(/status/);
    expect(await refused([{ column: 'assigneeName', dir: 'asc' }], { keys: ['Adjuster A'], claimNumber: 'CLM-T00001' })).toMatch(/assigneeName/);
    expect(await refused([], { keys: [], claimNumber: '' })).toMatch(/claimNumber/);
    expect(await refused([], { keys: [], claimNumber: 'CLM-T00001', offset: 3 })).toMatch(/cursor/);
  });

  it('answers the same rows and total whichever way it reads them (walking the order, looking a filter up, counting off an offset)', async () => {
    const db = pws.ctx.db;
    const filterArb = fc.record({
      status: fc.subarray([...CLAIM_STATUSES]),
      priority: fc.subarray([...PRIORITIES]),
      product: fc.subarray(['MM-2025', 'HMB-SH-2023', 'none']),
      cancerType: fc.subarray(['NSCLC', 'BREAST', 'MM']),
      assigneeId: fc.constantFrom('u-adj', 'u-adj2', 'u-sup', null),
      slaDueBefore: fc.constantFrom('2025-01-04T12:00:00.000Z', '2025-01-05T00:00:00.000Z'),
      claimedMaxFen: fc.integer({ min: 0, max: 9_000_000 }),
      diagnosisContains: fc.constantFrom('Lung', 'cancer'),
    }, { requiredKeys: [] });
    const queryArb = fc.record({
      offset: fc.integer({ min: 0, max: 90 }),
      limit: fc.integer({ min: 1, max: 40 }),
      sort: fc.array(fc.record({ column: fc.constantFrom(...WORKLIST_SORT_COLUMNS), dir: fc.constantFrom(...SORT_DIRS) }), { maxLength: 2 }),
      filter: filterArb,
      quick: fc.constantFrom('', 'Li', 'CLM-X'),
    });
    await fc.assert(fc.asyncProperty(queryArb, async (query) => {
      const q = worklistQuerySchema.parse(query);
      const { where, params } = worklistWhere(q);
      const expected = db.rows<{ claim_number: string }>(`${WORKLIST_SELECT} ${where} ${worklistOrder(q)} LIMIT ? OFFSET ?`, ...params, q.limit, q.offset);
      const page = await listOn(query);
      expect(page.rows.map((r) => r.claimNumber)).toEqual(expected.map((r) => r.claim_number));
      expect(page.total).toBe(db.row<{ n: number }>(`SELECT COUNT(*) AS n FROM claims c ${where}`, ...params)!.n);
    }), { numRuns: 150 });
  });
});

// ---- counts kept as claims change -----------------------------------------------------------------

describe('claim counts kept by the cache', () => {
  let cws: FixtureWorkstation;
  const USERS = ['u-adj', 'u-adj2', 'u-med', 'u-sup'];
  const call = async <T>(name: string, payload: unknown): Promise<T> => {
    const envelope = await cws.dispatch(name, payload);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value as T;
  };
  const as = (userId: string) => call('session.switchUser', { userId });

  /** Filters on the counted dimensions (read from claim_counts) and beyond them (COUNT(*)). */
  const FILTERS: Record<string, unknown>[] = [
    {}, { status: ['new'] }, { status: ['in_review', 'awaiting_medical_review'] }, { status: ['decided'], product: ['MM-2025'] },
    { assigneeId: null }, { assigneeId: 'u-adj' }, { assigneeId: 'u-adj2', status: [...MY_QUEUE_STATES] }, { assigneeId: 'nobody' },
    { priority: ['urgent', 'high'], cancerType: ['NSCLC'] }, { product: ['HMB-SH-2023'], cancerType: ['BREAST', 'MM'], priority: ['low'] },
    { status: [], product: [] }, { status: ['pending_info'], claimedMinFen: 2_000_000 }, { diagnosisContains: 'Breast', assigneeId: null },
  ];

  /** claim_counts holds what a GROUP BY of the claims says, and every total and queue count agrees with COUNT(*) (it switches users). */
  async function expectCountsRight(filters: Record<string, unknown>[] = FILTERS): Promise<void> {
    const db = cws.ctx.db;
    const dims = 'status, assigned, assignee_id, priority, product_code, cancer_type';
    expect(db.row<{ n: number }>('SELECT COUNT(*) AS n FROM claim_counts WHERE n < 0')!.n).toBe(0);
    expect(db.rows(`SELECT ${dims}, n FROM claim_counts WHERE n > 0 ORDER BY ${dims}`)).toEqual(db.rows(
      `SELECT status, assignee_id IS NOT NULL AS assigned, ifnull(assignee_id, '') AS assignee_id, priority, product_code, cancer_type, COUNT(*) AS n
       FROM claims GROUP BY ${dims} ORDER BY ${dims}`));
    for (const filter of filters) {
      const q = worklistQuerySchema.parse({ offset: 0, limit: 1, filter });
      const { where, params } = worklistWhere(q);
      const page = await call<WorklistPage>('claims.list', { offset: 0, limit: 1, filter });
      expect(page.total, JSON.stringify(filter)).toBe(db.row<{ n: number }>(`SELECT COUNT(*) AS n FROM claims c ${where}`, ...params)!.n);
    }
    const count = (sql: string, ...params: unknown[]) => db.row<{ n: number }>(`SELECT COUNT(*) AS n FROM claims WHERE ${sql}`, ...params)!.n;
    for (const userId of USERS) {
      await as(userId);
      const roles = db.row<{ roles: string }>('SELECT roles FROM users WHERE id = ?', userId)!.roles;
      expect(await call('claims.queues', {}), userId).toEqual({
        mine: count(`assignee_id = ? AND status IN (${MY_QUEUE_STATES.map(() => '?').join(', ')})`, userId, ...MY_QUEUE_STATES),
        medicalReview: roles.includes('medical_reviewer') ? count(`status = 'awaiting_medical_review'`) : null,
        approvals: roles.includes('supervisor') ? count(`status = 'awaiting_approval'`) : null,
      });
    }
    // The assignee's sort key follows the assignee and their name.
    expect(db.rows(`SELECT c.id FROM claims c LEFT JOIN users u ON u.id = c.assignee_id
      WHERE c.assignee_sort IS NOT (CASE WHEN c.assignee_id IS NULL THEN '' ELSE '@' || u.name END)`)).toEqual([]);
  }

  beforeAll(async () => { cws = await fixtureWorkstation(60); });
  afterAll(() => cws.dispose());

  it('are right after the load', async () => {
    await expectCountsRight();
  });

  it('follow the workflow: refer, review, decide, pend, approve, return and assign', async () => {
    await as('u-adj');
    expect(await call('claim.refer', { claimId: 'CLM-T00015', note: '请审核用药' })).toEqual({ status: 'awaiting_medical_review' });
    await expectCountsRight();
    await as('u-med');
    expect(await call('review.complete', { claimId: 'CLM-T00003', note: '符合临床路径' })).toEqual({ status: 'in_review' });
    await expectCountsRight();
    await as('u-adj2');
    expect(await call<{ status: string }>('decision.submit', { claimId: 'CLM-T00022', outcome: 'deny', payableFen: 0, reasons: ['NOT_COVERED_ITEM'], note: '' }))
      .toMatchObject({ status: 'decided' });
    await expectCountsRight();
    await as('u-adj2');
    expect(await call<{ status: string }>('decision.submit', { claimId: 'CLM-T00008', outcome: 'pend', payableFen: 0, reasons: ['NEEDS_INVESTIGATION'],
      note: '', requestedDocuments: ['prescription'] })).toMatchObject({ status: 'pending_info' });
    await expectCountsRight();
    await as('u-sup');
    expect(await call<{ status: string }>('decision.approve', { claimId: 'CLM-T00011', decisionId: 'CLM-T00011-DEC1', note: '同意' })).toMatchObject({ status: 'decided' });
    expect(await call<{ status: string }>('decision.return', { claimId: 'CLM-T00025', decisionId: 'CLM-T00025-DEC1', note: '请补充说明' })).toMatchObject({ status: 'in_review' });
    await expectCountsRight();
    // Unassigned and assigned claims to another adjuster, with a new priority.
    expect(await call('claim.assign', { claimIds: ['CLM-T00014', 'CLM-T00017', 'CLM-T00031'], assigneeId: 'u-adj2', note: '分流', priority: 'urgent' }))
      .toEqual({ assigned: 3 });
    await expectCountsRight();
  });

  it('follow any sequence of inserts, changes of status, assignee, priority, product and cancer type, deletes and renames', async () => {
    let serial = 0;
    const change = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), status: fc.constantFrom(...CLAIM_STATUSES), priority: fc.constantFrom(...PRIORITIES),
        assigneeId: fc.constantFrom('u-adj', 'u-adj2', 'u-sup', null), product: fc.constantFrom('MM-2025', 'HMB-SH-2023', 'NEW-2026'),
        cancerType: fc.constantFrom('NSCLC', 'BREAST', 'LBCL') }),
      fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), set: fc.record({
        status: fc.constantFrom(...CLAIM_STATUSES), assignee_id: fc.constantFrom('u-adj', 'u-adj2', 'u-sup', null),
        priority: fc.constantFrom(...PRIORITIES), product_code: fc.constantFrom('MM-2025', 'HMB-SH-2023', 'NEW-2026'),
        cancer_type: fc.constantFrom('NSCLC', 'BREAST', 'LBCL'), claimed_fen: fc.nat({ max: 1_000_000 }) }, { requiredKeys: [] }) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('rename' as const), userId: fc.constantFrom('u-adj', 'u-adj2', 'u-sup'), name: fc.constantFrom('Adjuster A', 'Zhang Min', '张敏', '') }),
    );
    await fc.assert(fc.asyncProperty(fc.array(change, { maxLength: 25 }), async (changes) => {
      cws.ctx.transact('u-sup', (tx) => {
        for (const c of changes) {
          if (c.kind === 'insert') {
            const id = `CLM-P${String(serial++).padStart(5, '0')}`;
            insertBareClaim(tx, { id, status: c.status, priority: c.priority, assigneeId: c.assigneeId, product: c.product, cancerType: c.cancerType,
              claimantName: 'Test', diagnosisText: 'Test', claimedFen: 100, receivedAt: tx.now, slaDue: tx.now });
          } else if (c.kind === 'update') {
            const ids = tx.rows<{ id: string }>('SELECT id FROM claims ORDER BY id').map((r) => r.id);
            const entries = Object.entries(c.set);
            if (entries.length === 0) continue;
            const sets = entries.map(([column]) => (column === 'priority' ? 'priority = ?, priority_rank = ?' : `${column} = ?`));
            const values = entries.flatMap(([column, value]) => (column === 'priority' ? [value, PRIORITIES.indexOf(value as Priority)] : [value]));
            tx.run(`UPDATE claims SET ${sets.join(', ')} WHERE id = ?`, ...values, ids[c.pick % ids.length]);
          } else if (c.kind === 'delete') {
            // The claims this test inserted have nothing of their own: they can go.
            const ids = tx.rows<{ id: string }>(`SELECT id FROM claims WHERE id LIKE 'CLM-P%' ORDER BY id`).map((r) => r.id);
            if (ids.length) tx.run('DELETE FROM claims WHERE id = ?', ids[c.pick % ids.length]);
          } else {
            tx.run('UPDATE users SET name = ? WHERE id = ?', c.name, c.userId);
          }
        }
      });
      await expectCountsRight();
    }), { numRuns: 40 });
    // Several claims at once, as a sync would change them.
    cws.ctx.transact('u-sup', (tx) => tx.run(`UPDATE claims SET status = 'in_review', assignee_id = 'u-adj' WHERE status = 'new'`));
    await expectCountsRight();
  });

  it('follow a --demo reset: every claim gone, then loaded again', async () => {
    cws.ctx.transact(SYSTEM_USER, (tx) => clearClaims(tx, 'test reset'));
    expect(cws.ctx.db.row<{ n: number }>('SELECT ifnull(SUM(n), 0) AS n FROM claim_counts')!.n).toBe(0);
    await expectCountsRight();
    cws.ctx.transact(SYSTEM_USER, (tx) => loadDataset(tx, 'fixture', cws.dataset.users, cws.dataset.claims, () => 0));
    await expectCountsRight();
    expect((await call<WorklistPage>('claims.list', { offset: 0, limit: 1 })).total).toBe(60);
  });
});
