import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { chainHead, rowHash, type AuditRow } from '../audit/chain';
import { readHandle, type ReadDb } from './handles';
import { prepared } from './statements';

// The one write path. Every change to the cache happens inside `transact`, which commits the change,
// its audit entry and (for changes the centre must see) its outbox row in ONE SQLite transaction: a
// crash keeps all three or none. Only here is a WriteTx made, so nothing else can write.

export interface AuditInput {
  claimId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export interface OutboxInput {
  /** The mutation's idempotency key; made here when the caller does not need it beforehand. */
  id?: string;
  kind: string;
  claimId: string;
  payload: unknown;
}

export interface WriteTx extends ReadDb {
  readonly userId: string;
  /** The transaction's timestamp (ISO, UTC): every row written in it carries the same instant. */
  readonly now: string;
  run(sql: string, ...params: unknown[]): number;
  audit(entry: AuditInput): void;
  /** Queues a mutation for the centre; returns its idempotency key. */
  enqueue(mutation: OutboxInput): string;
}

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

export function transact<T>(db: Database.Database, userId: string, fn: (tx: WriteTx) => T, clock: () => Date = () => new Date()): T {
  const now = clock().toISOString();
  const tx: WriteTx = {
    ...readHandle(db),
    userId,
    now,
    run: (sql, ...params) => prepared(db, sql).run(...params).changes,
    audit: (e) => {
      // Each row links to the one before it (docs/audit-log.md); the id is given, not left to
      // AUTOINCREMENT, because the hash covers it.
      const head = chainHead(tx);
      const row: AuditRow = { id: head.id + 1, at: now, user_id: userId, claim_id: e.claimId, entity: e.entity, entity_id: e.entityId,
        action: e.action, before: json(e.before), after: json(e.after), reason: e.reason ?? null, prev_hash: head.hash };
      prepared(db, `INSERT INTO audit_log (id, at, user_id, claim_id, entity, entity_id, action, before, after, reason, prev_hash, hash)
                    VALUES (@id, @at, @user_id, @claim_id, @entity, @entity_id, @action, @before, @after, @reason, @prev_hash, @hash)`)
        .run({ ...row, hash: rowHash(row) });
    },
    enqueue: (m) => {
      const id = m.id ?? randomUUID();
      // The version the claim will have when this mutation reaches the centre: the cached version plus
      // every earlier mutation of the claim still waiting (docs/workflow.md, "baseVersion").
      const base = prepared(db, `SELECT c.version + (SELECT COUNT(*) FROM outbox o WHERE o.claim_id = c.id AND o.state = 'pending') AS v
                                 FROM claims c WHERE c.id = ?`).get(m.claimId) as { v: number } | undefined;
      prepared(db, `INSERT INTO outbox (id, kind, claim_id, base_version, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(id, m.kind, m.claimId, base?.v ?? 0, JSON.stringify(m.payload), now);
      return id;
    },
  };
  return db.transaction(() => fn(tx))();
}
