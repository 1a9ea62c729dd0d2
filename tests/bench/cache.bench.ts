import path from 'node:path';
import Database from 'better-sqlite3';
import type { DatasetClaim } from '../../shared/domain/dataset';
import { worklistQuerySchema } from '../../shared/domain/worklist';
import { syntheticClaims } from '../../resources/demo/synthetic';
import { openCache, openDatabase } from '../../src-main/db/connection';
import { loadDataset } from '../../src-main/db/mutations/dataset';
import { WORKLIST_SELECT, worklistOrder, worklistWhere } from '../../src-main/db/queries/worklist';
import { readDemoDataset } from '../../src-main/demo/load-demo';
import { createDispatch } from '../../src-main/dispatch';
import { resourcesDir } from '../../src-main/paths';
import { createServices } from '../../src-main/services';
import { DocumentStore } from '../../src-main/store/document-store';
import { serviceContext } from '../../src-main/workstation';
import { tempDir } from '../support/temp-dir';
import { median, sampleMs, type BenchRow } from './measure';

// The cache at size: loading 100,000 claims through the write path against a bare insert loop, and
// worklist pages through the contract against the same SELECT run raw on better-sqlite3.

const N = 100_000;

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
    db.close();
    cache.close();
  } finally {
    t.remove();
  }
  return rows;
}
