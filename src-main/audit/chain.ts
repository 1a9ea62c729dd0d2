import { createHash } from 'node:crypto';
import type { ReadDb } from '../db/handles';

// The audit log's hash chain (docs/audit-log.md): each row's hash covers its content and the hash of
// the row before it, so an edited, deleted, inserted or reordered row breaks the chain at that row
// even when someone has dropped the triggers that keep the log append-only.

export const GENESIS_HASH = '0'.repeat(64);

/** An audit row as stored: before/after are the stored JSON texts. */
export interface AuditRow {
  id: number; at: string; user_id: string; claim_id: string | null; entity: string; entity_id: string; action: string;
  before: string | null; after: string | null; reason: string | null; prev_hash: string;
}

/** sha256 over the row's canonical content: a JSON array of its columns in a fixed order, prev_hash last. */
export function rowHash(r: AuditRow): string {
  const content = JSON.stringify([r.id, r.at, r.user_id, r.claim_id, r.entity, r.entity_id, r.action, r.before, r.after, r.reason, r.prev_hash]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

export interface ChainState {
  length: number;
  headHash: string;
  ok: boolean;
  /** The first row that breaks the chain, and how. */
  firstBad: { id: number; problem: string } | null;
}

/** Walks the chain from `from` (a row known good, or the start) to its head. */
export function verifyChain(db: ReadDb, from: { id: number; hash: string; length: number } = { id: 0, hash: GENESIS_HASH, length: 0 }): ChainState {
  let prev = from.hash;
  let length = from.length;
  let lastId = from.id;
  // From the start, every row: a row forged with an id of 0 or below must not stay outside the walk.
  const rows = from.length === 0
    ? db.iterate<AuditRow & { hash: string }>('SELECT * FROM audit_log ORDER BY id')
    : db.iterate<AuditRow & { hash: string }>('SELECT * FROM audit_log WHERE id > ? ORDER BY id', from.id);
  for (const r of rows) {
    if (r.prev_hash !== prev) {
      const problem = r.prev_hash === null ? 'has no chain link' : `links to ${r.prev_hash.slice(0, 12)}…, but the row before it (id ${length ? lastId : 'none'}) hashes to ${prev.slice(0, 12)}…: a row was deleted, inserted or moved here`;
      return { length, headHash: prev, ok: false, firstBad: { id: r.id, problem } };
    }
    const expected = rowHash(r);
    if (r.hash !== expected) return { length, headHash: prev, ok: false, firstBad: { id: r.id, problem: 'its content does not match its hash: the row was edited' } };
    prev = r.hash;
    lastId = r.id;
    length++;
  }
  return { length, headHash: prev, ok: true, firstBad: null };
}

/** The head of the chain as it stands (not verified): what a new row links to. */
export function chainHead(db: ReadDb): { id: number; hash: string } {
  return db.row<{ id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1') ?? { id: 0, hash: GENESIS_HASH };
}
