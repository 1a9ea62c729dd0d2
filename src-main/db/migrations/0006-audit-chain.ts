import type Database from 'better-sqlite3';
import { GENESIS_HASH, rowHash, type AuditRow } from '../../audit/chain';

// The audit log becomes a hash chain (docs/audit-log.md). The table is rebuilt so the link columns are
// NOT NULL, and every existing row is chained in id order on the way across, so a log written before
// this version is protected like a new one. The triggers that refuse UPDATE and DELETE come back.
export const name = '0006-audit-chain';
export const sql = `
CREATE TABLE audit_log_chained (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user_id TEXT NOT NULL,
  claim_id TEXT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  before TEXT,                        -- JSON
  after TEXT,                         -- JSON
  reason TEXT,
  prev_hash TEXT NOT NULL,            -- the previous row's hash (64 zeros for the first)
  hash TEXT NOT NULL                  -- sha256 over this row's content and prev_hash
);
`;

export function up(db: Database.Database): void {
  const insert = db.prepare(`INSERT INTO audit_log_chained (id, at, user_id, claim_id, entity, entity_id, action, before, after, reason, prev_hash, hash)
    VALUES (@id, @at, @user_id, @claim_id, @entity, @entity_id, @action, @before, @after, @reason, @prev_hash, @hash)`);
  // In pages: the connection cannot write while a read of it is still open.
  const page = db.prepare('SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT 5000');
  let prev = GENESIS_HASH;
  let lastId = 0;
  for (let rows = page.all(lastId) as Omit<AuditRow, 'prev_hash'>[]; rows.length > 0; rows = page.all(lastId) as Omit<AuditRow, 'prev_hash'>[]) {
    for (const old of rows) {
      const row = { ...old, prev_hash: prev };
      const hash = rowHash(row);
      insert.run({ ...row, hash });
      prev = hash;
      lastId = old.id;
    }
  }
  db.exec(`
    DROP TABLE audit_log;
    ALTER TABLE audit_log_chained RENAME TO audit_log;
    CREATE INDEX audit_claim ON audit_log(claim_id, id);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  `);
}
