import type { ClaimStatus } from '../../../shared/domain/claim';
import type { ReadDb } from '../handles';

/** How many claims wait in each role queue: the user's own, medical review, approvals. */
export function queueCounts(db: ReadDb, userId: string, myStates: readonly ClaimStatus[]): { mine: number; awaitingMedicalReview: number; awaitingApproval: number } {
  const count = (sql: string, ...params: unknown[]) => db.row<{ n: number }>(sql, ...params)?.n ?? 0;
  return {
    mine: count(`SELECT COUNT(*) AS n FROM claims WHERE assignee_id = ? AND status IN (${myStates.map(() => '?').join(', ')})`, userId, ...myStates),
    awaitingMedicalReview: count(`SELECT COUNT(*) AS n FROM claims WHERE status = 'awaiting_medical_review'`),
    awaitingApproval: count(`SELECT COUNT(*) AS n FROM claims WHERE status = 'awaiting_approval'`),
  };
}
