import type { Field } from '../../../shared/domain/workspace';
import type { WriteTx } from '../write';

// Correcting and confirming a read field. Each change keeps old and new value, who, when and why in the
// audit log; the service queues the matching mutation for the centre in the same transaction.

export function writeCorrection(tx: WriteTx, claimId: string, field: Field, value: unknown, reason: string): void {
  tx.run(`UPDATE fields SET value = ?, status = 'corrected', source = 'manual', confidence = 1, updated_at = ?, updated_by = ? WHERE id = ?`,
    JSON.stringify(value), tx.now, tx.userId, field.id);
  tx.audit({ claimId, entity: 'field', entityId: field.id, action: 'correct', before: { key: field.key, value: field.value },
    after: { key: field.key, value }, reason });
}

/** A person agrees with what was read: the value stays, the field counts as confirmed. */
export function writeConfirmation(tx: WriteTx, claimId: string, field: Field, how: 'one' | 'bulk'): void {
  tx.run(`UPDATE fields SET status = 'confirmed', updated_at = ?, updated_by = ? WHERE id = ?`, tx.now, tx.userId, field.id);
  tx.audit({ claimId, entity: 'field', entityId: field.id, action: how === 'bulk' ? 'confirm_bulk' : 'confirm', after: { key: field.key, value: field.value } });
}
