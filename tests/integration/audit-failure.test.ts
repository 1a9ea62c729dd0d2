import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema } from '../../shared/domain/dataset';
import type { DecisionContext } from '../../shared/domain/decision';
import type { Job } from '../../shared/domain/job';
import { handlers, HANDLER_NAMES } from '../../shared/contract/handlers';
import { resourcesDir } from '../../src-main/paths';
import { fixtureWorkstation, type FixtureWorkstation } from '../support/fixture-workstation';

// A change and its audit entry commit together or not at all (docs/audit-log.md): when the audit
// store refuses the entry, every writing handler answers an error and leaves the cache exactly as it
// was — the change, the outbox and the audit log. With the audit store back, the same call succeeds.

let ws: FixtureWorkstation;
let file: Database.Database;
beforeAll(async () => {
  ws = await fixtureWorkstation();
  file = new Database(path.join(ws.dataDir, 'claimdesk.sqlite'));
});
afterAll(() => {
  file.close();
  ws.dispose();
});

async function call<T = Record<string, unknown>>(name: string, payload: unknown): Promise<T> {
  const envelope = await ws.dispatch(name, payload);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}
/** Who is at the keyboard, set in the cache directly: switching through the contract is itself audited. */
const as = (userId: string) => file.prepare(`INSERT INTO settings (key, value) VALUES ('currentUser', ?)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(JSON.stringify(userId));

/** Every table of the cache, every row (as JSON, sorted: tables WITHOUT ROWID included). */
function snapshot(): Record<string, string[]> {
  const tables = file.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, file.prepare(`SELECT * FROM "${name}"`).all().map((r) => JSON.stringify(r)).sort()]));
}
const auditCount = () => (file.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;

const demo = datasetSchema.parse(JSON.parse(fs.readFileSync(path.join(resourcesDir(), 'demo', 'dataset.json'), 'utf8')));
const demoFile = (type: string) => {
  const doc = demo.claims.find((c) => c.claimNumber === 'PA202511000011')!.documents.find((d) => d.documentType === type)!;
  return new Uint8Array(fs.readFileSync(path.join(resourcesDir(), 'demo', 'files', `${doc.sha256}.pdf`)));
};

async function finished(job: Job): Promise<Job> {
  for (let i = 0; job.state === 'running' && i < 1200; i++) {
    await new Promise((r) => setTimeout(r, 25));
    job = await call<Job>('jobs.get', { jobId: job.id });
  }
  return job;
}

interface Case { handler: string; user: string; payload: () => unknown }
let warningKey = '';
let viewId = '';

// Each call would succeed on the fixture as it stands (the second half of the test shows it does).
const CASES: readonly Case[] = [
  { handler: 'fields.update', user: 'u-adj', payload: () => ({ fieldId: 'CLM-T00001-D1-F2', value: 110_000, reason: '发票金额识别错误' }) },
  { handler: 'fields.confirm', user: 'u-adj', payload: () => ({ fieldId: 'CLM-T00001-D1-F1' }) },
  { handler: 'fields.confirmMany', user: 'u-adj', payload: () => ({ claimId: 'CLM-T00015', fieldIds: ['CLM-T00015-D1-F1'] }) },
  { handler: 'warnings.acknowledge', user: 'u-adj', payload: () => ({ claimId: 'CLM-T00029', warningKey, note: '清单与发票已核对' }) },
  { handler: 'expenses.setIncluded', user: 'u-adj', payload: () => ({ claimId: 'CLM-T00001', expenseId: 'E1', included: false, reason: '重复报销' }) },
  { handler: 'pathway.override', user: 'u-med', payload: () => ({ claimId: 'CLM-T00003', treatmentId: 'T1', verdict: 'off_pathway', justification: '基因检测报告不支持' }) },
  { handler: 'pathway.recordCheck', user: 'u-med', payload: () => ({ claimId: 'CLM-T00003' }) },
  { handler: 'review.complete', user: 'u-med', payload: () => ({ claimId: 'CLM-T00003', note: '不符合临床路径' }) },
  { handler: 'claim.refer', user: 'u-adj', payload: () => ({ claimId: 'CLM-T00015', note: '请审核用药' }) },
  { handler: 'decision.submit', user: 'u-adj2', payload: () => ({ claimId: 'CLM-T00022', outcome: 'deny', payableFen: 0, reasons: ['NOT_COVERED_ITEM'], note: '' }) },
  { handler: 'decision.approve', user: 'u-sup', payload: () => ({ claimId: 'CLM-T00011', decisionId: 'CLM-T00011-DEC1', note: '同意' }) },
  { handler: 'decision.return', user: 'u-sup', payload: () => ({ claimId: 'CLM-T00025', decisionId: 'CLM-T00025-DEC1', note: '请补充说明' }) },
  { handler: 'claim.assign', user: 'u-sup', payload: () => ({ claimIds: ['CLM-T00017', 'CLM-T00031'], assigneeId: 'u-adj2', note: '分流', priority: 'high' }) },
  { handler: 'views.save', user: 'u-adj', payload: () => ({ name: '我的高额案件', state: { sort: [{ column: 'claimedFen', dir: 'desc' }], filter: {} } }) },
  { handler: 'views.delete', user: 'u-adj', payload: () => ({ id: viewId }) },
  { handler: 'notice.create', user: 'u-adj', payload: () => ({ decisionId: 'CLM-T00005-DEC1', language: 'zh-CN' }) },
  { handler: 'settings.update', user: 'u-adj', payload: () => ({ bulkConfirmMinConfidence: 0.95 }) },
  { handler: 'session.switchUser', user: 'u-adj', payload: () => ({ userId: 'u-adj2' }) },
  { handler: 'documents.import', user: 'u-adj', payload: () => ({ claimId: 'CLM-T00001', fileName: '外配处方.pdf', bytes: demoFile('prescription') }) },
];

// Left out: re-reading a document's fields, which answers with its job at once and writes when the job ends.
const NOT_HERE = ['documents.extract'];

describe('an audit entry that cannot be written', () => {
  it('covers every writing handler of the contract', () => {
    const writing = HANDLER_NAMES.filter((name) => 'writes' in handlers[name]);
    expect(new Set([...CASES.map((c) => c.handler), ...NOT_HERE])).toEqual(new Set(writing));
  });

  it('rolls every change back: the handler fails and the cache, outbox and audit log are as before', async () => {
    // A warning to acknowledge: an expense list whose total is not the invoice's.
    as('u-adj');
    expect(await finished(await call<Job>('documents.import', { claimId: 'CLM-T00029', fileName: '费用明细.pdf', bytes: demoFile('expense_list') })))
      .toMatchObject({ state: 'done' });
    warningKey = (await call<DecisionContext>('decision.context', { claimId: 'CLM-T00029' })).guards.find((g) => g.code === 'WARNING_UNACKNOWLEDGED')!.warningKey!;
    expect(warningKey).toMatch(/^EXPENSE_LIST_VS_INVOICE\|/);
    // A view to delete.
    viewId = (await call<{ id: string }>('views.save', { name: '待删除', state: { sort: [], filter: {} } })).id;

    file.exec(`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit store failed'); END`);
    const survived: string[] = [];
    for (const c of CASES) {
      as(c.user);
      const before = snapshot();
      const envelope = await ws.dispatch(c.handler, c.payload());
      if (envelope.ok) survived.push(c.handler);
      else expect(envelope.error.message, c.handler).toMatch(/audit store failed/);
      expect(snapshot(), `${c.handler} left the cache changed`).toEqual(before);
    }
    expect(survived).toEqual([]);
  });

  it('lets the same calls succeed once the audit store is back, each with its audit entry', async () => {
    file.exec('DROP TRIGGER fail_audit');
    for (const c of CASES) {
      as(c.user);
      const entries = auditCount();
      const envelope = await ws.dispatch(c.handler, c.payload());
      expect(envelope, c.handler).toMatchObject({ ok: true });
      if (c.handler === 'documents.import') expect(await finished((envelope as { value: Job }).value)).toMatchObject({ state: 'done' });
      expect(auditCount(), `${c.handler} wrote no audit entry`).toBeGreaterThan(entries);
    }
    expect((await call<{ ok: boolean }>('audit.chain', {})).ok).toBe(true);
  });
});
