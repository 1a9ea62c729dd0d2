import { ContractError } from '../../../shared/contract/errors';
import type { Db } from '../connection';
import { prepared } from '../statements';
import { transact } from '../write';

// Correcting and confirming a read field. Each change keeps old and new value, who, when and why in the
// audit log, and queues a `field.correct` mutation for the centre in the same transaction.

interface FieldRow { id: string; claim_id: string; document_id: string; key: string; value: string; status: string }

function fieldRow(db: Db, fieldId: string): FieldRow {
  const row = prepared(db, 'SELECT id, claim_id, document_id, key, value, status FROM fields WHERE id = ?').get(fieldId) as FieldRow | undefined;
  if (!row) throw new ContractError('NOT_FOUND', `field ${fieldId} does not exist`);
  return row;
}

export function correctField(db: Db, userId: string, input: { fieldId: string; value: unknown; reason: string }): void {
  transact(db, userId, (tx) => {
    const row = fieldRow(db, input.fieldId);
    const before = JSON.parse(row.value) as unknown;
    tx.run(`UPDATE fields SET value = ?, status = 'corrected', source = 'manual', confidence = 1, updated_at = ?, updated_by = ? WHERE id = ?`,
      JSON.stringify(input.value), tx.now, userId, row.id);
    tx.audit({ claimId: row.claim_id, entity: 'field', entityId: row.id, action: 'correct', before: { key: row.key, value: before },
      after: { key: row.key, value: input.value }, reason: input.reason });
    tx.enqueue({ kind: 'field.correct', claimId: row.claim_id,
      payload: { documentId: row.document_id, key: row.key, value: input.value, previousValue: before, reason: input.reason } });
  });
}

/** A person agrees with what was read: the value stays, the field counts as confirmed. */
export function confirmField(db: Db, userId: string, fieldId: string): void {
  transact(db, userId, (tx) => {
    const row = fieldRow(db, fieldId);
    if (row.status !== 'extracted') return;
    tx.run(`UPDATE fields SET status = 'confirmed', updated_at = ?, updated_by = ? WHERE id = ?`, tx.now, userId, row.id);
    tx.audit({ claimId: row.claim_id, entity: 'field', entityId: row.id, action: 'confirm', after: { key: row.key, value: JSON.parse(row.value) } });
  });
}
