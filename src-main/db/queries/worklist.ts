import type { WorklistCursor, WorklistPage, WorklistQueryParsed, WorklistRow, WorklistSortColumn } from '../../../shared/domain/worklist';
import type { ReadDb } from '../handles';
import { maskIdNumber } from './mask';
import { countedClaims, isCounted, type CountedFilter } from './queues';

// The worklist page: filter, sort and page in SQLite, in the time of a frame at 100,000 claims.
// - The order is the sort's columns, then claim_number (unique) as the tiebreak, in the direction of the
//   last sort column; every sortable column has an index (column, claim_number) (migration 0007), so a
//   single-column order is one index walk either way.
// - Keyed paging: the page after a cursor (the previous page's last row) starts where the index has
//   the cursor, instead of counting OFFSET rows off; the OFFSET of a page jumped to is counted off the
//   index alone and only the page's rows are read (a late row lookup).
// - The total comes from claim_counts when the filter is on its dimensions only (and there is no quick
//   search), from COUNT(*) otherwise.

const SORT_EXPR: Record<WorklistSortColumn, string> = {
  claimNumber: 'c.claim_number',
  status: 'c.status',
  claimantName: 'c.claimant_name',
  product: 'c.product_code',
  diagnosisText: 'c.diagnosis_text',
  claimedFen: 'c.claimed_fen',
  priority: 'c.priority_rank',
  slaDue: 'c.sla_due',
  // The assignee's name as a sort key that is never NULL: '' unassigned (first ascending, as NULL), '@' + name.
  assigneeName: 'c.assignee_sort',
  receivedAt: 'c.received_at',
};

export const WORKLIST_SELECT = `SELECT c.id, c.claim_number, c.status, c.claimant_name, c.claimant_id_number, c.product_code,
  c.diagnosis_text, c.cancer_type, c.claimed_fen, c.priority, c.priority_rank, c.sla_due, c.received_at, c.assignee_id,
  c.assignee_sort, u.name AS assignee_name
  FROM claims c LEFT JOIN users u ON u.id = c.assignee_id`;

interface Row {
  id: string; claim_number: string; status: WorklistRow['status']; claimant_name: string; claimant_id_number: string;
  product_code: string; diagnosis_text: string; cancer_type: string; claimed_fen: number; priority: WorklistRow['priority'];
  priority_rank: number; sla_due: string; received_at: string; assignee_id: string | null; assignee_sort: string; assignee_name: string | null;
}

/** A row's key for each sort column, as the cache orders by it (what a cursor carries). */
const ROW_KEY: Record<WorklistSortColumn, (r: Row) => string | number> = {
  claimNumber: (r) => r.claim_number,
  status: (r) => r.status,
  claimantName: (r) => r.claimant_name,
  product: (r) => r.product_code,
  diagnosisText: (r) => r.diagnosis_text,
  claimedFen: (r) => r.claimed_fen,
  priority: (r) => r.priority_rank,
  slaDue: (r) => r.sla_due,
  assigneeName: (r) => r.assignee_sort,
  receivedAt: (r) => r.received_at,
};

const inList = (column: string, values: readonly unknown[], params: unknown[]): string => {
  params.push(...values);
  return `${column} IN (${values.map(() => '?').join(', ')})`;
};

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
const likeContains = (text: string): string => `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** The counted dimensions a claims index starts with (claims_status, claims_assignee, worklist_product). */
const INDEXED_DIMENSIONS = ['status', 'assigneeId', 'product'] as const;
type IndexedDimension = (typeof INDEXED_DIMENSIONS)[number];

/**
 * The WHERE of a query. `indexed` says which conditions on claim_counts' dimensions SQLite may look up
 * in an index: all of them (the default), one, or none; the others are written with a unary +, which
 * SQLite does not look up (see plan).
 */
export function worklistWhere(q: WorklistQueryParsed, opts: { indexed?: 'all' | IndexedDimension | null } = {}): { where: string; params: unknown[] } {
  const f = q.filter;
  const indexed = opts.indexed === undefined ? 'all' : opts.indexed;
  const c = (dimension: keyof CountedFilter): string => (indexed === 'all' || indexed === dimension ? 'c' : '+c');
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.status?.length) parts.push(inList(`${c('status')}.status`, f.status, params));
  if (f.priority?.length) parts.push(inList(`${c('priority')}.priority`, f.priority, params));
  if (f.product?.length) parts.push(inList(`${c('product')}.product_code`, f.product, params));
  if (f.cancerType?.length) parts.push(inList(`${c('cancerType')}.cancer_type`, f.cancerType, params));
  if (f.assigneeId === null) parts.push(`${c('assigneeId')}.assignee_id IS NULL`);
  else if (f.assigneeId !== undefined) {
    parts.push(`${c('assigneeId')}.assignee_id = ?`);
    params.push(f.assigneeId);
  }
  if (f.slaDueBefore !== undefined) {
    parts.push('c.sla_due < ?');
    params.push(f.slaDueBefore);
  }
  if (f.claimedMinFen !== undefined) {
    parts.push('c.claimed_fen >= ?');
    params.push(f.claimedMinFen);
  }
  if (f.claimedMaxFen !== undefined) {
    parts.push('c.claimed_fen <= ?');
    params.push(f.claimedMaxFen);
  }
  if (f.diagnosisContains) {
    parts.push(`c.diagnosis_text LIKE ? ESCAPE '\\'`);
    params.push(likeContains(f.diagnosisContains));
  }
  const quick = q.quick?.trim();
  if (quick) {
    // Claim and policy numbers are typed whole or as a prefix; names and invoice numbers may be partial.
    const like = likeContains(quick);
    parts.push(`(c.claim_number LIKE ? ESCAPE '\\' OR c.claimant_name LIKE ? ESCAPE '\\' OR c.policy_id LIKE ? ESCAPE '\\'
      OR c.id IN (SELECT claim_id FROM fields WHERE key = 'invoiceNumber' AND text LIKE ? ESCAPE '\\'))`);
    params.push(like, like, like, like);
  }
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

interface OrderKey { expr: string; dir: 'asc' | 'desc' }

/**
 * The order's keys: the sort's columns, then claim_number, unique, so paging never shows a row twice or
 * skips one. The tiebreak runs in the direction of the last column: (column, claim_number) is then one
 * index walked forwards or backwards. Nothing after claim_number changes the order.
 */
function orderKeys(sort: WorklistQueryParsed['sort']): OrderKey[] {
  const keys: OrderKey[] = [];
  for (const s of sort) {
    keys.push({ expr: SORT_EXPR[s.column], dir: s.dir });
    if (s.column === 'claimNumber') return keys;
  }
  keys.push({ expr: 'c.claim_number', dir: keys.at(-1)?.dir ?? 'asc' });
  return keys;
}

export function worklistOrder(q: WorklistQueryParsed): string {
  return `ORDER BY ${orderKeys(q.sort).map((k) => `${k.expr} ${k.dir === 'desc' ? 'DESC' : 'ASC'}`).join(', ')}`;
}

/** The cursor's values for the order's keys (a sort on claimNumber ends the keys, as in orderKeys). */
function cursorValues(sort: WorklistQueryParsed['sort'], cursor: WorklistCursor): unknown[] {
  const values: unknown[] = [];
  for (const [i, s] of sort.entries()) {
    values.push(cursor.keys[i]);
    if (s.column === 'claimNumber') return values;
  }
  values.push(cursor.claimNumber);
  return values;
}

/**
 * The rows after the cursor in the order. One direction throughout: a row-value comparison, which SQLite
 * answers as a range of the (column, claim_number) index. Mixed directions: after the cursor on the first
 * key, or equal on it and after on the next, and so on, with the first key bounding the range.
 */
function seekWhere(keys: readonly OrderKey[], values: readonly unknown[]): { sql: string; params: unknown[] } {
  const after = (dir: OrderKey['dir']): string => (dir === 'desc' ? '<' : '>');
  const first = keys[0]!;
  if (keys.every((k) => k.dir === first.dir)) {
    return { sql: `(${keys.map((k) => k.expr).join(', ')}) ${after(first.dir)} (${keys.map(() => '?').join(', ')})`, params: [...values] };
  }
  const params: unknown[] = [values[0]];
  const alternatives = keys.map((k, i) => {
    params.push(...values.slice(0, i + 1));
    return `(${[...keys.slice(0, i).map((p) => `${p.expr} = ?`), `${k.expr} ${after(k.dir)} ?`].join(' AND ')})`;
  });
  return { sql: `${first.expr} ${after(first.dir)}= ? AND (${alternatives.join(' OR ')})`, params };
}

/** About how many index entries are read in the time one claim is read by its rowid. */
const ENTRIES_PER_CLAIM = 10;

type Indexed = IndexedDimension | null;

/**
 * How to read a filter. Left to itself, SQLite looks a filtered column (status, product...) up in its
 * index, reads every claim found and sorts them, though the order's index (worklist_*, which carries the
 * counted dimensions) finds a page of a common filter after a few hundred entries without reading a
 * claim. claim_counts says how many claims match, m of n: walking the order's index reads about
 * (skip + limit) * n / m entries (n at most); looking the filter's most selective indexed dimension up
 * reads the claims it matches, k. The cheaper is written into the WHERE: no counted condition that
 * SQLite may look up (a walk), or only that dimension's. A COUNT(*) likewise reads an index that covers
 * the rest of the filter (n entries at most) or the k claims.
 */
function plan(db: ReadDb, q: WorklistQueryParsed): { page: (skip: number) => Indexed; count: Indexed } {
  const f = q.filter;
  const present = INDEXED_DIMENSIONS.filter((d) => (d === 'assigneeId' ? f.assigneeId !== undefined : Boolean(f[d]?.length)));
  if (present.length === 0) return { page: () => null, count: null };
  let best: { dimension: IndexedDimension; claims: number } | undefined;
  for (const dimension of present) {
    const claims = countedClaims(db, { [dimension]: f[dimension] });
    if (!best || claims < best.claims) best = { dimension, claims };
  }
  const lookup = best!.claims * ENTRIES_PER_CLAIM;
  const n = countedClaims(db, {});
  const m = countedClaims(db, f);
  return {
    page: (skip) => (Math.min(n, m > 0 ? ((skip + q.limit) * n) / m : n) <= lookup ? null : best!.dimension),
    count: n <= lookup ? null : best!.dimension,
  };
}

function pageRows(db: ReadDb, q: WorklistQueryParsed, indexed: (skip: number) => Indexed): Row[] {
  const order = worklistOrder(q);
  if (q.cursor) {
    const { where, params } = worklistWhere(q, { indexed: indexed(0) });
    const seek = seekWhere(orderKeys(q.sort), cursorValues(q.sort, q.cursor));
    return db.rows<Row>(`${WORKLIST_SELECT} ${where ? `${where} AND` : 'WHERE'} ${seek.sql} ${order} LIMIT ?`, ...params, ...seek.params, q.limit);
  }
  const { where, params } = worklistWhere(q, { indexed: indexed(q.offset) });
  if (q.offset === 0) return db.rows<Row>(`${WORKLIST_SELECT} ${where} ${order} LIMIT ?`, ...params, q.limit);
  // The rows to skip are counted off in the subquery, which reads no more than the order's index (and
  // what the rest of the filter needs); only the page's claims are then read whole and joined.
  return db.rows<Row>(`${WORKLIST_SELECT} WHERE c.rowid IN (SELECT c.rowid FROM claims c ${where} ${order} LIMIT ? OFFSET ?) ${order}`,
    ...params, q.limit, q.offset);
}

function worklistTotal(db: ReadDb, q: WorklistQueryParsed, indexed: Indexed): number {
  if (isCounted(q.filter) && !q.quick?.trim()) return countedClaims(db, q.filter);
  const { where, params } = worklistWhere(q, { indexed });
  return db.row<{ n: number }>(`SELECT COUNT(*) AS n FROM claims c ${where}`, ...params)?.n ?? 0;
}

export function queryWorklist(db: ReadDb, q: WorklistQueryParsed): WorklistPage {
  const how = plan(db, q);
  const rows = pageRows(db, q, how.page);
  const last = rows.at(-1);
  return {
    total: worklistTotal(db, q, how.count),
    rows: rows.map((r) => ({
      id: r.id,
      claimNumber: r.claim_number,
      status: r.status,
      claimantName: r.claimant_name,
      claimantIdMasked: maskIdNumber(r.claimant_id_number),
      product: r.product_code,
      diagnosisText: r.diagnosis_text,
      cancerType: r.cancer_type,
      claimedFen: r.claimed_fen,
      priority: r.priority,
      slaDue: r.sla_due,
      receivedAt: r.received_at,
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_name,
    })),
    nextCursor: last ? { keys: q.sort.map((s) => ROW_KEY[s.column](last)), claimNumber: last.claim_number } : null,
  };
}
