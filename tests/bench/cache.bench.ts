import path from 'node:path';
import Database from 'better-sqlite3';
import type { DatasetClaim } from '../../shared/domain/dataset';
import { worklistQuerySchema, type SavedViewState, type WorklistCursor, type WorklistPage, type WorklistQuery } from '../../shared/domain/worklist';
import { REFERENCE_NOW } from '../../resources/demo/calendar';
import { syntheticClaims } from '../../resources/demo/synthetic';
import { openCache, openDatabase } from '../../src-main/db/connection';
import { migrate } from '../../src-main/db/migrate';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { transact } from '../../src-main/db/write';
import { loadDataset } from '../../src-main/db/mutations/dataset';
import { WORKLIST_SELECT, worklistOrder, worklistWhere } from '../../src-main/db/queries/worklist';
import { readDemoDataset } from '../../src-main/demo/load-demo';
import { createDispatch, type Dispatch } from '../../src-main/dispatch';
import { resourcesDir } from '../../src-main/paths';
import { createServices } from '../../src-main/services';
import { DocumentStore } from '../../src-main/store/document-store';
import { builtInViews, MY_QUEUE_STATES } from '../../src-main/services/views';
import { serviceContext } from '../../src-main/workstation';
import { tempDir } from '../support/temp-dir';
import { median, sampleMs, type BenchRow } from './measure';

// The cache at size: loading 100,000 claims through the write path against a bare insert loop (and what
// migration 0007 adds to a load), worklist pages through the contract against the same SELECT run raw on
// better-sqlite3, and what the worklist asks while someone scrolls: a page of each built-in view and of a
// filtered one, first, deep by cursor and deep by offset, each with the queue counts, in under a frame.

const N = 100_000;
/** Claims loaded twice over to price migration 0007's triggers and indexes. */
const SCHEMA_COST_N = 20_000;

/** The baseline loader: the same rows as the write path inserts, from a plain loop of prepared statements. */
function rawLoad(db: Database.Database, claims: Iterable<DatasetClaim>): number {
  const s = {
    policy: db.prepare(`INSERT OR IGNORE INTO policies VALUES (?, ?, ?, ?, ?, ?, ?)`),
    claim: db.prepare(`INSERT INTO claims (id, claim_number, policy_id, status, priority, priority_rank, claimant_name, claimant_id_number,
      claimant_sex, claimant_birth_date, product_code, diagnosis_text, cancer_type, claimed_fen, pre_existing, social_insurance_settled,
      received_at, sla_due, assignee_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    document: db.prepare(`INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    field: db.prepare(`INSERT INTO fields VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'extracted', ?, ?, ?, ?, NULL)`),
    treatment: db.prepare(`INSERT INTO treatments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    expense: db.prepare(`INSERT INTO expense_lines (id, claim_id, seq, name, kind, drug, setting, catalogue, amount_fen,
      social_insurance_paid_fen, other_paid_fen, treatment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    facts: db.prepare(`INSERT INTO clinical_facts VALUES (?, ?, ?, ?, ?, ?)`),
  };
  const priorities = ['urgent', 'high', 'normal', 'low'];
  const now = new Date().toISOString();
  let n = 0;
  db.transaction(() => {
    for (const c of claims) {
      const id = c.claimNumber;
      const k = c.case;
      s.policy.run(c.policy.policyNumber, c.policy.policyNumber, c.policy.product, c.claimant.name, c.claimant.idNumber, c.policy.startDate, c.policy.endDate);
      s.claim.run(id, id, c.policy.policyNumber, c.status, c.priority, priorities.indexOf(c.priority), c.claimant.name, c.claimant.idNumber,
        c.claimant.sex, c.claimant.birthDate, c.policy.product, c.diagnosisText, c.cancerType, c.claimedFen, k.claim.preExisting ? 1 : 0,
        k.claim.socialInsuranceSettled ? 1 : 0, c.receivedAt, c.slaDue, c.assigneeId, now);
      c.documents.forEach((d, i) => {
        const documentId = `${id}-D${i + 1}`;
        s.document.run(documentId, id, i, d.sha256, d.documentType, d.fileName, d.pages, 0, c.receivedAt);
        d.fields.forEach((f, j) => s.field.run(`${documentId}-F${j + 1}`, id, documentId, j, f.key, JSON.stringify(f.value ?? null), f.text,
          f.confidence, f.page, JSON.stringify(f.bbox), f.source, c.receivedAt));
      });
      k.treatments.forEach((t, i) => s.treatment.run(t.id, id, i, t.drug, t.dose?.value ?? null, t.dose?.unit ?? null, t.frequency ?? null,
        t.cycle ?? null, t.startDate ?? null));
      k.claim.expenses.forEach((e, i) => s.expense.run(e.id, id, i, c.expenseNames[e.id] ?? e.drug ?? e.id, e.kind, e.drug ?? null, e.setting,
        e.catalogue, e.amountFen, e.socialInsurancePaidFen ?? 0, e.otherPaidFen ?? 0, e.treatmentId ?? null));
      s.facts.run(id, JSON.stringify(k.patient ?? null), JSON.stringify(k.diagnosis ?? null), JSON.stringify(k.biomarkers ?? []),
        JSON.stringify(k.priorLines ?? []), JSON.stringify(k.priorAdjuvant ?? []));
      n++;
    }
  })();
  return n;
}

const QUERIES = [
  { name: 'status filter, sort by amount desc', query: { offset: 0, limit: 100, sort: [{ column: 'claimedFen', dir: 'desc' }], filter: { status: ['in_review', 'new'] } } },
  { name: 'assignee, sort by SLA, page 50', query: { offset: 5000, limit: 100, sort: [{ column: 'slaDue', dir: 'asc' }], filter: { assigneeId: 'adjuster1' } } },
  { name: 'quick search by name, sort by priority', query: { offset: 0, limit: 100, sort: [{ column: 'priority', dir: 'asc' }], quick: '王' } },
] as const;

/** A frame of smooth scrolling: a page of the worklist and the queue counts beside it must fit in it. */
const FRAME_MS = 20;
const BLOCK = 100;
const DEEP_OFFSET = 50_000;

/**
 * What the worklist asks while someone works: each built-in view (as the user it belongs to sees it, on
 * the synthetic claims' "today") and a filtered view of one's own, sorted by a column the user clicked.
 */
const VIEWS: { name: string; userId: string; view: string | SavedViewState }[] = [
  { name: 'mine (adjuster1)', userId: 'adjuster1', view: 'builtin:mine' },
  { name: 'medical review', userId: 'reviewer1', view: 'builtin:medical-review' },
  { name: 'approvals', userId: 'supervisor1', view: 'builtin:approvals' },
  { name: 'due today', userId: 'adjuster1', view: 'builtin:due-today' },
  { name: 'all, received desc', userId: 'adjuster1', view: 'builtin:all' },
  { name: 'status + product, amount desc', userId: 'adjuster1',
    view: { sort: [{ column: 'claimedFen', dir: 'desc' }], filter: { status: ['new', 'in_review', 'pending_info'], product: ['MM-2025'] } } },
];

async function call<T>(dispatch: Dispatch, name: string, payload: unknown): Promise<T> {
  const envelope = await dispatch(name, payload);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** The page + counts workloads of one view: the first page, a deep page scrolled to (block after block), and one jumped to. */
async function benchView(n: number, dispatch: Dispatch, db: Database.Database, users: readonly { id: string; roles: string[] }[],
  v: (typeof VIEWS)[number]): Promise<BenchRow[]> {
  const user = users.find((u) => u.id === v.userId);
  if (!user) throw new Error(`no user ${v.userId} in the demo dataset`);
  const state = typeof v.view === 'string'
    ? builtInViews(user as Parameters<typeof builtInViews>[0], new Date(REFERENCE_NOW)).find((b) => b.id === v.view)?.state
    : v.view;
  if (!state) throw new Error(`${v.userId} has no view ${String(v.view)}`);
  await call(dispatch, 'session.switchUser', { userId: v.userId });
  const query = (offset: number, cursor?: WorklistCursor | null): WorklistQuery => ({ offset, limit: BLOCK, sort: state.sort, filter: state.filter,
    ...(state.quick ? { quick: state.quick } : {}), ...(cursor ? { cursor } : {}) });
  const { total } = await call<WorklistPage>(dispatch, 'claims.list', query(0));
  // A deep page: the middle of the view, at most DEEP_OFFSET rows down.
  const deep = Math.max(BLOCK, Math.min(DEEP_OFFSET, Math.floor(total / 2 / BLOCK) * BLOCK));
  // Scrolling, the grid has the block before the deep one, and its last row's cursor comes along.
  const before = await call<WorklistPage>(dispatch, 'claims.list', query(deep - BLOCK));
  const scrolled = query(deep, before.nextCursor);
  const jumped = query(deep);
  // The cursor must land where the offset does.
  const [a, b] = [await call<WorklistPage>(dispatch, 'claims.list', scrolled), await call<WorklistPage>(dispatch, 'claims.list', jumped)];
  if (JSON.stringify(a.rows) !== JSON.stringify(b.rows)) throw new Error(`${v.name}: the page after the cursor is not the page at offset ${deep}`);

  // The baseline: what the worklist did before (OFFSET and COUNT(*) over the filter, COUNT(*) for each
  // queue) on raw better-sqlite3, the same file.
  const raw = (offset: number) => {
    const parsed = worklistQuerySchema.parse(query(offset));
    const { where, params } = worklistWhere(parsed);
    const page = db.prepare(`${WORKLIST_SELECT} ${where} ${worklistOrder(parsed)} LIMIT ? OFFSET ?`);
    const count = db.prepare(`SELECT COUNT(*) AS n FROM claims c ${where}`);
    const mine = db.prepare(`SELECT COUNT(*) AS n FROM claims WHERE assignee_id = ? AND status IN (${MY_QUEUE_STATES.map(() => '?').join(', ')})`);
    const review = db.prepare(`SELECT COUNT(*) AS n FROM claims WHERE status = 'awaiting_medical_review'`);
    const approval = db.prepare(`SELECT COUNT(*) AS n FROM claims WHERE status = 'awaiting_approval'`);
    return (): void => {
      page.all(...params, parsed.limit, offset);
      count.get(...params);
      mine.get(user.id, ...MY_QUEUE_STATES);
      review.get();
      approval.get();
    };
  };
  const rows: BenchRow[] = [];
  const measure = (what: string, offset: number, q: WorklistQuery, extra: Record<string, number | string> = {}): void => {
    // dispatch is async only in shape; its work is synchronous, so timing the calls measures them.
    const ours = (): void => {
      void dispatch('claims.list', q);
      void dispatch('claims.queues', {});
    };
    const base = median(sampleMs(raw(offset), 20));
    const value = median(sampleMs(ours, 20));
    rows.push({
      workload: `worklist page + queue counts over ${n.toLocaleString('en')} claims: ${v.name}, ${what}`, value: +value.toFixed(3),
      unit: 'ms (median)', baseline: +base.toFixed(3), baselineName: 'OFFSET page + COUNT(*) of filter and queues, raw better-sqlite3',
      ratio: +(value / base).toFixed(3), target: `< ${FRAME_MS} ms`, pass: value < FRAME_MS, extra: { rows: total, ...extra },
    });
  };
  measure('first page', 0, query(0));
  measure(`page at ${deep.toLocaleString('en')}, scrolled to (cursor)`, deep, scrolled);
  measure(`page at ${deep.toLocaleString('en')}, jumped to (offset)`, deep, jumped);
  return rows;
}

/**
 * What the worklist's keys cost a bulk load: the same claims through the write path into the schema before
 * migration 0007 and into the latest (claim_counts and its triggers, the assignee sort key, the worklist
 * indexes), on connections set up alike.
 */
function benchSchemaCost(dir: string, claims: () => Iterable<DatasetClaim>, users: Parameters<typeof loadDataset>[2], n: number): BenchRow[] {
  const at = MIGRATIONS.findIndex((m) => m.name === '0007-worklist-keys');
  if (at < 0) return [];
  const latest = openDatabase(path.join(dir, 'latest.sqlite'));
  const before = new Database(path.join(dir, 'before-0007.sqlite'));
  for (const pragma of ['journal_mode', 'synchronous', 'foreign_keys', 'temp_store', 'busy_timeout']) {
    before.pragma(`${pragma} = ${String(latest.pragma(pragma, { simple: true }))}`);
  }
  migrate(before, at);
  const load = (db: Database.Database): number => {
    const t0 = performance.now();
    transact(db, 'system', (tx) => loadDataset(tx, 'bench', users, claims(), () => 0));
    return performance.now() - t0;
  };
  const baseMs = load(before);
  const ms = load(latest);
  before.close();
  latest.close();
  return [{
    workload: `load ${n.toLocaleString('en')} claims through the write path: schema with the worklist's counts and keys (0007)`, value: Math.round(ms),
    unit: 'ms', baseline: Math.round(baseMs), baselineName: 'the same into the schema before 0007', ratio: +(ms / baseMs).toFixed(3),
  }];
}

export async function benchCache(n = N): Promise<BenchRow[]> {
  const demo = readDemoDataset(path.join(resourcesDir(), 'demo'));
  const claims = (): Iterable<DatasetClaim> => syntheticClaims(n, demo.seed + 1, demo.claims);
  const rows: BenchRow[] = [];
  const t = tempDir('claimdesk-bench-');
  try {
    const rawDb = openDatabase(path.join(t.dir, 'raw.sqlite'));
    rawDb.prepare(`INSERT INTO users VALUES ('system', 'system', '[]', 0)`).run();
    for (const u of demo.users) rawDb.prepare('INSERT OR IGNORE INTO users VALUES (?, ?, ?, ?)').run(u.id, u.name, JSON.stringify(u.roles), u.authorityLimitFen);
    let t0 = performance.now();
    rawLoad(rawDb, claims());
    const rawMs = performance.now() - t0;
    rawDb.close();

    const cache = openCache(path.join(t.dir, 'cache.sqlite'));
    t0 = performance.now();
    cache.transact('system', (tx) => loadDataset(tx, 'bench', demo.users, claims(), () => 0));
    const loadMs = performance.now() - t0;
    rows.push({
      workload: `load ${n.toLocaleString('en')} claims into the cache (write path)`, value: Math.round(loadMs), unit: 'ms',
      baseline: Math.round(rawMs), baselineName: 'raw insert loop, one transaction', ratio: +(loadMs / rawMs).toFixed(3),
      extra: { claimsPerSecond: Math.round(n / (loadMs / 1000)) },
    });

    rows.push(...benchSchemaCost(t.dir, () => syntheticClaims(SCHEMA_COST_N, demo.seed + 2, demo.claims), demo.users, SCHEMA_COST_N));

    const services = createServices(serviceContext(cache, new DocumentStore(path.join(t.dir, 'docs')), { dataDir: t.dir, appVersion: 'bench' }));
    const dispatch = createDispatch(services);
    // The baseline reads the same file through its own plain connection.
    const db = new Database(path.join(t.dir, 'cache.sqlite'), { readonly: true });
    for (const q of QUERIES) {
      const parsed = worklistQuerySchema.parse(q.query);
      const { where, params } = worklistWhere(parsed);
      const pageSql = `${WORKLIST_SELECT} ${where} ${worklistOrder(parsed)} LIMIT ? OFFSET ?`;
      const countSql = `SELECT COUNT(*) AS n FROM claims c ${where}`;
      const rawPage = db.prepare(pageSql);
      const rawCount = db.prepare(countSql);
      const raw = (): void => { rawPage.all(...params, parsed.limit, parsed.offset); rawCount.get(...params); };
      let pending: Promise<unknown> = Promise.resolve();
      // dispatch is async only in shape; its work is synchronous, so timing the call measures it.
      const ours = (): void => { pending = dispatch('claims.list', q.query); };
      const base = median(sampleMs(raw, 30));
      const value = median(sampleMs(ours, 30));
      await pending;
      rows.push({
        workload: `worklist page over ${n.toLocaleString('en')} claims: ${q.name}`, value: +value.toFixed(3), unit: 'ms (median)',
        baseline: +base.toFixed(3), baselineName: 'same SELECT + COUNT on raw better-sqlite3', ratio: +(value / base).toFixed(3),
        target: 'ratio <= 1.2', pass: value / base <= 1.2,
      });
    }
    for (const v of VIEWS) rows.push(...await benchView(n, dispatch, db, demo.users, v));
    db.close();
    cache.close();
  } finally {
    t.remove();
  }
  return rows;
}
