import type { ClaimStatus } from '../../../shared/domain/claim';
import type { WriteTx } from '../write';

/** Moves a claim to the state the workflow gave it, with the move in the audit log. */
export function writeClaimStatus(tx: WriteTx, claimId: string, from: ClaimStatus, to: ClaimStatus, cause: string): void {
  tx.run('UPDATE claims SET status = ?, updated_at = ? WHERE id = ?', to, tx.now, claimId);
  tx.audit({ claimId, entity: 'claim', entityId: claimId, action: 'state', before: { status: from }, after: { status: to }, reason: cause });
}
