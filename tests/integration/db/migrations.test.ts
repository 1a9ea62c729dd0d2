import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/db/connection';
import { GENESIS_HASH, verifyChain } from '../../../src-main/audit/chain';
import { readHandle } from '../../../src-main/db/handles';
import { transact } from '../../../src-main/db/write';
import { DatabaseRefusedError, migrate, schemaVersion } from '../../../src-main/db/migrate';
import { MIGRATIONS } from '../../../src-main/db/migrations';
import { tempDir } from '../../support/temp-dir';

// Each migration is applied to a real database file holding data of the schema before it.

const dirs: { remove(): void }[] = [];
function dbFile(): string {
  const t = tempDir();
  dirs.push(t);
  return path.join(t.dir, 'cache.sqlite');
}
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function seedInitialSchema(db: Database.Database): void {
  db.prepare(`INSERT INTO users VALUES ('u1', '张敏', '["adjuster"]', 5000000)`).run();
  db.prepare(`INSERT INTO policies VALUES ('P1', 'P1', 'MM-2025', '王芳', '310101196001011234', '2025-01-01', '2025-12-31')`).run();
  db.prepare(`INSERT INTO claims (id, claim_number, policy_id, status, priority, priority_rank, claimant_name, claimant_id_number,
    claimant_sex, claimant_birth_date, product_code, diagnosis_text, cancer_type, claimed_fen, received_at, sla_due, assignee_id, updated_at)
    VALUES ('C1', 'C1', 'P1', 'new', 'normal', 2, '王芳', '310101196001011234', 'F', '1960-01-01', 'MM-2025', '肺腺癌', 'NSCLC', 1530000,
    '2025-03-01T00:00:00Z', '2025-03-04T00:00:00Z', 'u1', '2025-03-01T00:00:00Z')`).run();
}

describe('migrations', () => {
  it('bring a new database to the latest schema and record each step', () => {
    const db = openDatabase(dbFile());
    expect(schemaVersion(readHandle(db))).toBe(MIGRATIONS.length);
    const rows = db.prepare('SELECT id, name FROM migrations ORDER BY id').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ id: m.id, name: m.name })));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('0002-saved-views applies to a 0001 database and keeps its claims', () => {
    const file = dbFile();
    const db = new Database(file);
    migrate(db, 1);
    seedInitialSchema(db);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    db.prepare(`INSERT INTO saved_views VALUES ('v1', 'u1', 'Mine', '{"sort":[],"filter":{}}', '2025-01-01T00:00:00Z')`).run();
    expect(db.prepare('SELECT claimed_fen FROM claims WHERE id = ?').get('C1')).toEqual({ claimed_fen: 1530000 });
    expect(() => db.prepare(`INSERT INTO saved_views VALUES ('v2', 'u1', 'Mine', '{}', 'x')`).run()).toThrow(/UNIQUE/);
    db.close();
  });

  it('0003-outbox applies to a 0002 database: claims gain `diverged`, the outbox takes mutations', () => {
    const file = dbFile();
    const db = new Database(file);
    migrate(db, 2);
    seedInitialSchema(db);
    db.prepare(`INSERT INTO saved_views VALUES ('v1', 'u1', 'Mine', '{}', '2025-01-01T00:00:00Z')`).run();
    migrate(db);
    expect(db.prepare('SELECT diverged FROM claims WHERE id = ?').get('C1')).toEqual({ diverged: 0 });
    db.prepare(`INSERT INTO outbox (id, kind, claim_id, base_version, payload, created_at) VALUES ('m1', 'field.correct', 'C1', 1, '{}', 'now')`).run();
    expect(() => db.prepare(`INSERT INTO outbox (id, kind, claim_id, base_version, payload, created_at) VALUES ('m1', 'x', 'C1', 1, '{}', 'now')`).run())
      .toThrow(/UNIQUE/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM saved_views').get()).toEqual({ n: 1 });
    db.close();
  });

  it('0004-reviews applies to a 0003 database: overrides and edition checks per claim', () => {
    const db = new Database(dbFile());
    migrate(db, 3);
    seedInitialSchema(db);
    db.prepare(`INSERT INTO outbox (id, kind, claim_id, base_version, payload, created_at) VALUES ('m1', 'field.correct', 'C1', 1, '{}', 'now')`).run();
    migrate(db);
    db.prepare(`INSERT INTO pathway_overrides VALUES ('C1', 'T1', 'in_pathway', 'off_pathway', 'CDP-2025.1', 'why', 'u1', 'now')`).run();
    db.prepare(`INSERT INTO pathway_checks VALUES ('C1', 'CDP-2025.1', 'now', '[]')`).run();
    expect(() => db.prepare(`INSERT INTO pathway_checks VALUES ('C1', 'CDP-2025.1', 'later', '[]')`).run()).toThrow(/UNIQUE|PRIMARY/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 1 });
    db.close();
  });

  it('0005-decisions applies to a 0004 database: claims gain a current decision, decisions keep their payout and usage', () => {
    const db = new Database(dbFile());
    migrate(db, 4);
    seedInitialSchema(db);
    migrate(db);
    expect(db.prepare('SELECT decision_id FROM claims WHERE id = ?').get('C1')).toEqual({ decision_id: null });
    db.prepare(`INSERT INTO decisions (id, claim_id, outcome, payable_fen, engine_fen, reasons, note, requested_documents, edition_pathway,
      edition_payout, inputs_hash, payout, usage, state, maker_id, made_at) VALUES ('d1', 'C1', 'approve', 100, 100, '[]', '', '[]', 'CDP-2025.1',
      'PAY-2025.1', 'h', '{}', '{}', 'decided', 'u1', 'now')`).run();
    expect(() => db.prepare(`UPDATE decisions SET payable_fen = -1 WHERE id = 'd1'`).run()).toThrow(/CHECK/);
    db.prepare(`UPDATE claims SET decision_id = 'd1' WHERE id = 'C1'`).run();
    db.close();
  });

  it('0006-audit-chain chains every row of an existing log in id order, keeping its content', () => {
    const db = new Database(dbFile());
    migrate(db, 5);
    seedInitialSchema(db);
    const insert = db.prepare(`INSERT INTO audit_log (at, user_id, claim_id, entity, entity_id, action, before, after, reason) VALUES (?, 'u1', 'C1', 'field', ?, ?, ?, ?, ?)`);
    for (let i = 0; i < 50; i++) insert.run(`2025-03-01T00:00:${String(i).padStart(2, '0')}Z`, `f${i}`, i % 2 ? 'confirm' : 'correct', i % 2 ? null : `{"value":${i}}`, `{"value":${i + 1}}`, i % 3 ? null : '识别错误');
    const before = db.prepare('SELECT id, at, user_id, claim_id, entity, entity_id, action, before, after, reason FROM audit_log ORDER BY id').all();
    migrate(db);
    const after = db.prepare('SELECT id, at, user_id, claim_id, entity, entity_id, action, before, after, reason FROM audit_log ORDER BY id').all();
    expect(after).toEqual(before);
    const chain = verifyChain(readHandle(db));
    expect(chain).toMatchObject({ ok: true, length: 50, firstBad: null });
    expect(chain.headHash).toMatch(/^[0-9a-f]{64}$/);
    const first = db.prepare('SELECT prev_hash FROM audit_log ORDER BY id LIMIT 1').get();
    expect(first).toEqual({ prev_hash: GENESIS_HASH });
    // The triggers came back with the rebuilt table, and new rows continue the same chain.
    expect(() => db.prepare(`UPDATE audit_log SET reason = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    transact(db, 'u1', (tx) => tx.audit({ claimId: 'C1', entity: 'claim', entityId: 'C1', action: 'state' }));
    expect(verifyChain(readHandle(db))).toMatchObject({ ok: true, length: 51 });
    db.close();
  });

  it('0007-worklist-keys applies to a 0006 database: claim counts backfilled and kept, assignee sort keys, an index per sort column', () => {
    const db = new Database(dbFile());
    migrate(db, 6);
    seedInitialSchema(db);
    db.prepare(`INSERT INTO users VALUES ('u2', 'Li Qiang', '["adjuster"]', 2000000)`).run();
    const claim = db.prepare(`INSERT INTO claims (id, claim_number, policy_id, status, priority, priority_rank, claimant_name, claimant_id_number,
      claimant_sex, claimant_birth_date, product_code, diagnosis_text, cancer_type, claimed_fen, received_at, sla_due, assignee_id, updated_at)
      VALUES (?, ?, 'P1', ?, ?, 2, '王芳', '310101196001011234', 'F', '1960-01-01', 'MM-2025', '肺腺癌', 'NSCLC', 100, 'r', 's', ?, 'u')`);
    claim.run('C2', 'C2', 'new', 'normal', null);
    claim.run('C3', 'C3', 'new', 'normal', null);
    claim.run('C4', 'C4', 'in_review', 'high', 'u2');
    migrate(db);
    const counts = () => db.prepare(`SELECT status, assigned, assignee_id, priority, product_code, cancer_type, n FROM claim_counts WHERE n > 0
      ORDER BY status, assigned, assignee_id, priority`).all();
    expect(counts()).toEqual([
      { status: 'in_review', assigned: 1, assignee_id: 'u2', priority: 'high', product_code: 'MM-2025', cancer_type: 'NSCLC', n: 1 },
      { status: 'new', assigned: 0, assignee_id: '', priority: 'normal', product_code: 'MM-2025', cancer_type: 'NSCLC', n: 2 },
      { status: 'new', assigned: 1, assignee_id: 'u1', priority: 'normal', product_code: 'MM-2025', cancer_type: 'NSCLC', n: 1 },
    ]);
    const sortKeys = () => Object.fromEntries((db.prepare('SELECT id, assignee_sort FROM claims').all() as { id: string; assignee_sort: string }[])
      .map((r) => [r.id, r.assignee_sort]));
    expect(sortKeys()).toEqual({ C1: '@张敏', C2: '', C3: '', C4: '@Li Qiang' });
    // Kept from now on: a move, a reassignment, an insert, a delete and a rename.
    db.prepare(`UPDATE claims SET status = 'in_review', assignee_id = 'u2' WHERE id = 'C2'`).run();
    db.prepare(`UPDATE claims SET assignee_id = NULL WHERE id = 'C4'`).run();
    claim.run('C5', 'C5', 'new', 'normal', 'u1');
    db.prepare(`DELETE FROM claims WHERE id = 'C3'`).run();
    db.prepare(`UPDATE users SET name = 'Li Q.' WHERE id = 'u2'`).run();
    // An upsert, as a sync would write a claim it has.
    db.prepare(`INSERT INTO claims (id, claim_number, policy_id, status, priority, priority_rank, claimant_name, claimant_id_number, claimant_sex,
      claimant_birth_date, product_code, diagnosis_text, cancer_type, claimed_fen, received_at, sla_due, assignee_id, updated_at)
      SELECT id, claim_number, policy_id, 'new', priority, priority_rank, claimant_name, claimant_id_number, claimant_sex, claimant_birth_date,
        product_code, diagnosis_text, cancer_type, claimed_fen, received_at, sla_due, 'u1', updated_at FROM claims WHERE id = 'C1'
      ON CONFLICT (id) DO UPDATE SET status = 'in_review', priority = 'high', assignee_id = NULL`).run();
    db.prepare(`UPDATE claims SET priority = 'normal', assignee_id = 'u1' WHERE id = 'C1'`).run();
    expect(counts()).toEqual([
      { status: 'in_review', assigned: 0, assignee_id: '', priority: 'high', product_code: 'MM-2025', cancer_type: 'NSCLC', n: 1 },
      { status: 'in_review', assigned: 1, assignee_id: 'u1', priority: 'normal', product_code: 'MM-2025', cancer_type: 'NSCLC', n: 1 },
      { status: 'in_review', assigned: 1, assignee_id: 'u2', priority: 'normal', product_code: 'MM-2025', cancer_type: 'NSCLC', n: 1 },
      { status: 'new', assigned: 1, assignee_id: 'u1', priority: 'normal', product_code: 'MM-2025', cancer_type: 'NSCLC', n: 1 },
    ]);
    expect(sortKeys()).toEqual({ C1: '@张敏', C2: '@Li Q.', C4: '', C5: '@张敏' });
    const indexes = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(['claims_assignee', 'claims_policy', 'claims_status', 'worklist_assignee', 'worklist_claim_number', 'worklist_claimant',
      'worklist_claimed', 'worklist_diagnosis', 'worklist_priority', 'worklist_product', 'worklist_received', 'worklist_sla', 'worklist_status']);
    db.close();
  });

  it('are idempotent: opening an up-to-date database again changes nothing', () => {
    const file = dbFile();
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.prepare('SELECT COUNT(*) AS n FROM migrations').get()).toEqual({ n: MIGRATIONS.length });
    db.close();
  });

  it('refuse a database written by a newer version, leaving it untouched', () => {
    const file = dbFile();
    const db = openDatabase(file);
    db.prepare(`INSERT INTO migrations VALUES (?, '0099-from-the-future', '2030-01-01T00:00:00Z')`).run(MIGRATIONS.length + 1);
    db.close();
    expect(() => openDatabase(file)).toThrow(DatabaseRefusedError);
    expect(() => openDatabase(file)).toThrow(/newer version/);
    const raw = new Database(file);
    expect(raw.prepare('SELECT COUNT(*) AS n FROM migrations').get()).toEqual({ n: MIGRATIONS.length + 1 });
    raw.close();
  });

  it('refuse a database whose recorded migration has another name (out of sync)', () => {
    const file = dbFile();
    const db = openDatabase(file);
    db.prepare(`UPDATE migrations SET name = '0002-something-else' WHERE id = 2`).run();
    db.close();
    expect(() => openDatabase(file)).toThrow(/out of sync/);
  });

  it('keep the audit log append-only', () => {
    const db = openDatabase(dbFile());
    transact(db, 'u1', (tx) => tx.audit({ claimId: null, entity: 'field', entityId: 'f1', action: 'correct' }));
    expect(() => db.prepare(`UPDATE audit_log SET reason = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    db.close();
  });
});
