import type { WriteTx } from '../write';

/** The adjuster saw a cross-document warning and says why the claim stands as it is. */
export function writeAcknowledgement(tx: WriteTx, claimId: string, warningKey: string, note: string): void {
  tx.run(`INSERT INTO warning_acks (claim_id, warning_key, note, user_id, at) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (claim_id, warning_key) DO UPDATE SET note = excluded.note, user_id = excluded.user_id, at = excluded.at`,
    claimId, warningKey, note, tx.userId, tx.now);
  tx.audit({ claimId, entity: 'warning', entityId: warningKey, action: 'acknowledge', reason: note });
}
