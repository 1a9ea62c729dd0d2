import path from 'node:path';
import Database from 'better-sqlite3';
import type { DecisionContext } from '../../shared/domain/decision';
import { openDatabase } from '../../src-main/db/connection';
import { databaseFile } from '../../src-main/paths';
import { openWorkstation } from '../../src-main/workstation';
import { tempDir } from '../support/temp-dir';
import { median, percentile, type BenchRow } from './measure';

// decision.submit through the contract, one claim at a time, on a workstation with the demo dataset and
// synthetic claims: each claim held by an adjuster in review, within their authority, made ready first
// as a person would (every field confirmed, every cross-document warning acknowledged), then approved.
// The baseline writes the same rows each decision wrote — the decisions row, the claim's update, the
// audit rows, the pathway check and the outbox row — with plain prepared statements, one transaction per
// decision, on a copy of the cache taken just before the decisions.

const SCALE = 2_400;
const WARMUP = 10;
const TIMED = 300;
const ADJUSTERS = ['adjuster1', 'adjuster2'];

type Row = Record<string, unknown>;
interface Ready { claimId: string; userId: string; payableFen: number }
interface Written { decision: Row; claim: Row; audit: Row[]; check: Row; outbox: Row }

const insertSql = (table: string, row: Row): string =>
  `INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map((k) => `@${k}`).join(', ')})`;

export async function benchDecision(scale = SCALE, timed = TIMED): Promise<BenchRow[]> {
  const t = tempDir('claimdesk-bench-decision-');
  const dataDir = path.join(t.dir, 'data');
  let t0 = performance.now();
  const ws = openWorkstation({ dataDir, appVersion: 'bench', demo: { mode: 'if-empty', scale } });
  const loadMs = performance.now() - t0;
  try {
    const call = async <T>(name: string, payload: unknown): Promise<T> => {
      const envelope = await ws.dispatch(name, payload);
      if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value as T;
    };

    // Claims an adjuster can approve now, made ready through the contract.
    t0 = performance.now();
    const ready: Ready[] = [];
    let confirmed = 0;
    let acknowledged = 0;
    for (const userId of ADJUSTERS) {
      await call('session.switchUser', { userId });
      const held = ws.ctx.db.rows<{ id: string }>(`SELECT id FROM claims WHERE status = 'in_review' AND assignee_id = ? ORDER BY id`, userId);
      for (const { id } of held) {
        if (ready.length === WARMUP + timed) break;
        let ctx = await call<DecisionContext>('decision.context', { claimId: id });
        const blocked = ctx.guards.some((g) => g.code === 'OFF_PATHWAY_PAID' || g.code === 'DOCUMENT_TYPE_MISSING');
        if (!ctx.may.submit || blocked || ctx.engineFen === 0 || ctx.engineFen > ctx.authorityLimitFen) continue;
        for (const g of ctx.guards) {
          if (g.code !== 'FIELDS_UNCONFIRMED') continue;
          for (const fieldId of g.fieldIds) await call('fields.confirm', { fieldId });
          confirmed += g.fieldIds.length;
        }
        ctx = await call<DecisionContext>('decision.context', { claimId: id });
        for (const g of ctx.guards) {
          if (g.code !== 'WARNING_UNACKNOWLEDGED') continue;
          await call('warnings.acknowledge', { claimId: id, warningKey: g.warningKey, note: '已与原件核对' });
          acknowledged++;
        }
        ctx = await call<DecisionContext>('decision.context', { claimId: id });
        // Reviewed fields are the facts the engines take: the figure may have moved with them.
        if (ctx.guards.length === 0 && ctx.engineFen > 0 && ctx.engineFen <= ctx.authorityLimitFen) ready.push({ claimId: id, userId, payableFen: ctx.engineFen });
      }
    }
    const prepareMs = performance.now() - t0;
    if (ready.length < WARMUP + 20) throw new Error(`decision bench: only ${ready.length} claims could be made ready; raise the scale`);

    // The baseline's cache: a copy of this one as it stands before the decisions.
    const rawFile = path.join(t.dir, 'raw.sqlite');
    const reader = new Database(databaseFile(dataDir), { readonly: true });
    reader.prepare('VACUUM INTO ?').run(rawFile);
    const headBefore = (reader.prepare('SELECT MAX(id) AS id FROM audit_log').get() as { id: number }).id;
    // Each queued mutation counts the claim's pending ones (db/write.ts): the confirmations above queued many.
    const pendingOutbox = (reader.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending'`).get() as { n: number }).n;

    // Ours: decision.submit through dispatch, timed per claim (the user switch between adjusters is not timed).
    const ours: number[] = [];
    const decisions: { claimId: string; decisionId: string }[] = [];
    let current = '';
    for (const [i, r] of ready.entries()) {
      if (r.userId !== current) {
        await call('session.switchUser', { userId: r.userId });
        current = r.userId;
      }
      const start = performance.now();
      const envelope = await ws.dispatch('decision.submit', { claimId: r.claimId, outcome: 'approve', payableFen: r.payableFen, reasons: [], note: '' });
      const ms = performance.now() - start;
      if (!envelope.ok) throw new Error(`decision.submit ${r.claimId}: ${envelope.error.code} ${envelope.error.message}`);
      const value = envelope.value as { decision: { id: string }; status: string };
      if (value.status !== 'decided') throw new Error(`decision.submit ${r.claimId}: ${value.status}, expected decided`);
      if (i >= WARMUP) ours.push(ms);
      decisions.push({ claimId: r.claimId, decisionId: value.decision.id });
    }

    // What each decision wrote, read back from the cache.
    const written: Written[] = decisions.map(({ claimId, decisionId }) => {
      const decision = reader.prepare('SELECT * FROM decisions WHERE id = ?').get(decisionId) as Row;
      const claim = reader.prepare('SELECT id, status, updated_at, decision_id FROM claims WHERE id = ?').get(claimId) as Row;
      const audit = reader.prepare('SELECT * FROM audit_log WHERE id > ? AND claim_id = ? ORDER BY id').all(headBefore, claimId) as Row[];
      const check = reader.prepare('SELECT * FROM pathway_checks WHERE claim_id = ? AND edition = ?').get(claimId, decision.edition_pathway) as Row;
      const outbox = reader.prepare('SELECT id, kind, claim_id, base_version, payload, created_at FROM outbox WHERE id = ?').get(decisionId) as Row;
      return { decision, claim, audit, check, outbox };
    });
    const claimsInCache = (reader.prepare('SELECT COUNT(*) AS n FROM claims').get() as { n: number }).n;
    reader.close();
    const auditRows = written.reduce((n, w) => n + w.audit.length, 0);

    // The baseline: the same rows with plain prepared statements, one transaction per decision.
    const raw = openDatabase(rawFile);
    const first = written[0]!;
    const s = {
      decision: raw.prepare(insertSql('decisions', first.decision)),
      claim: raw.prepare('UPDATE claims SET status = @status, updated_at = @updated_at, decision_id = @decision_id WHERE id = @id'),
      audit: raw.prepare(insertSql('audit_log', first.audit[0]!)),
      check: raw.prepare(`${insertSql('pathway_checks', first.check)} ON CONFLICT (claim_id, edition) DO UPDATE SET checked_at = excluded.checked_at, lines = excluded.lines`),
      outbox: raw.prepare(insertSql('outbox', first.outbox)),
    };
    const write = raw.transaction((w: Written) => {
      s.decision.run(w.decision);
      s.claim.run(w.claim);
      for (const a of w.audit) s.audit.run(a);
      s.check.run(w.check);
      s.outbox.run(w.outbox);
    });
    const base: number[] = [];
    written.forEach((w, i) => {
      const start = performance.now();
      write(w);
      const ms = performance.now() - start;
      if (i >= WARMUP) base.push(ms);
    });
    raw.close();

    ours.sort((a, b) => a - b);
    base.sort((a, b) => a - b);
    const n = ours.length;
    const fixed = (ms: number) => +ms.toFixed(3);
    const extra = {
      decisions: n, warmup: WARMUP, claimsInCache, auditRowsPerDecision: +(auditRows / written.length).toFixed(2),
      fieldsConfirmed: confirmed, warningsAcknowledged: acknowledged, loadMs: Math.round(loadMs), prepareMs: Math.round(prepareMs),
      pendingOutboxBefore: pendingOutbox, oursP95Ms: fixed(percentile(ours, 95)), rawP95Ms: fixed(percentile(base, 95)),
      oursMaxMs: fixed(ours.at(-1)!), rawMaxMs: fixed(base.at(-1)!),
    };
    const baselineName = 'same rows, plain prepared statements, one transaction each';
    const [p50, p99, b50, b99] = [median(ours), percentile(ours, 99), median(base), percentile(base, 99)];
    return [
      {
        workload: `decision.submit through the contract, ${n} approvals: p50`, value: fixed(p50), unit: 'ms (p50)',
        baseline: fixed(b50), baselineName, ratio: +(p50 / b50).toFixed(1),
      },
      {
        workload: `decision.submit through the contract, ${n} approvals: p99`, value: fixed(p99), unit: 'ms (p99)',
        baseline: fixed(b99), baselineName, ratio: +(p99 / b99).toFixed(1), extra,
      },
    ];
  } finally {
    ws.close();
    t.remove();
  }
}
