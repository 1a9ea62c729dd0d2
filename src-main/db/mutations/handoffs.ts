import { PRIORITIES, type Priority } from '../../../shared/domain/claim';
import type { WriteTx } from '../write';

// A claim passed from one person to another: referred to medical review and handed back, or given
// to another adjuster. The note travels in the audit log, where the next person reads it.

export function writeHandoff(tx: WriteTx, claimId: string, action: 'refer' | 'review_complete', note: string): void {
  tx.audit({ claimId, entity: 'claim', entityId: claimId, action, reason: note });
}

export function writeAssignment(tx: WriteTx, claimId: string, before: { assigneeId: string | null; priority: Priority },
  after: { assigneeId: string; priority: Priority }, note: string): void {
  tx.run('UPDATE claims SET assignee_id = ?, priority = ?, priority_rank = ?, updated_at = ? WHERE id = ?',
    after.assigneeId, after.priority, PRIORITIES.indexOf(after.priority), tx.now, claimId);
  tx.audit({ claimId, entity: 'claim', entityId: claimId, action: 'assign', before, after, reason: note || null });
}
