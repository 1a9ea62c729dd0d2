import { randomUUID } from 'node:crypto';
import type { Db } from './connection';
import { prepared } from './statements';

// The one write path. Every mutation of the cache goes through `transact`, which commits the change,
// its audit entry and (for changes the centre must see) its outbox row in ONE SQLite transaction: a
// crash keeps all three or none. Services never write with their own statements.

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
  kind: string;
  claimId: string;
  payload: unknown;
}

export interface WriteTx {
  readonly userId: string;
  /** The transaction's timestamp (ISO, UTC): every row written in it carries the same instant. */
  readonly now: string;
  run(sql: string, ...params: unknown[]): number;
  audit(entry: AuditInput): void;
  /** Queues a mutation for the centre; returns its idempotency key. */
  enqueue(mutation: OutboxInput): string;
}

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

export function transact<T>(db: Db, userId: string, fn: (tx: WriteTx) => T, clock: () => Date = () => new Date()): T {
  const now = clock().toISOString();
  const tx: WriteTx = {
    userId,
    now,
    run: (sql, ...params) => prepared(db, sql).run(...params).changes,
    audit: (e) => {
      prepared(db, `INSERT INTO audit_log (at, user_id, claim_id, entity, entity_id, action, before, after, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(now, userId, e.claimId, e.entity, e.entityId, e.action, json(e.before), json(e.after), e.reason ?? null);
    },
    enqueue: (m) => {
      const id = randomUUID();
      const base = prepared(db, 'SELECT version FROM claims WHERE id = ?').get(m.claimId) as { version: number } | undefined;
      prepared(db, `INSERT INTO outbox (id, kind, claim_id, base_version, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(id, m.kind, m.claimId, base?.version ?? 0, JSON.stringify(m.payload), now);
      return id;
    },
  };
  return db.transaction(() => fn(tx))();
}
