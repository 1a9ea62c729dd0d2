import type { AuditEntry } from '../../../shared/domain/workspace';
import type { ReadDb } from '../handles';

interface Row {
  id: number; at: string; user_id: string; user_name: string | null; claim_id: string | null; entity: string; entity_id: string;
  action: string; before: string | null; after: string | null; reason: string | null;
}

/** Newest first; for one claim, or across the cache. */
export function listAudit(db: ReadDb, claimId: string | undefined, limit: number): AuditEntry[] {
  const select = `SELECT a.*, u.name AS user_name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id`;
  const rows = claimId === undefined
    ? db.rows<Row>(`${select} ORDER BY a.id DESC LIMIT ?`, limit)
    : db.rows<Row>(`${select} WHERE a.claim_id = ? ORDER BY a.id DESC LIMIT ?`, claimId, limit);
  return rows.map((r) => ({
    id: r.id, at: r.at, userId: r.user_id, userName: r.user_name, claimId: r.claim_id, entity: r.entity, entityId: r.entity_id,
    action: r.action, before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown), reason: r.reason,
  }));
}
