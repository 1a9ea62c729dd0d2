import type { ClaimStatus } from '../../../shared/domain/claim';
import type { WorklistFilter } from '../../../shared/domain/worklist';
import type { ReadDb } from '../handles';

// Counts of claims read from claim_counts (migration 0007), which triggers on claims keep as claims are
// inserted, change and go: a SUM over one row per combination of the dimensions, whatever the number of claims.

/** The filters claim_counts can answer: the worklist's categorical dimensions. */
export type CountedFilter = Pick<WorklistFilter, 'status' | 'priority' | 'product' | 'cancerType' | 'assigneeId'>;

/** Whether claim_counts answers the filter alone (every other filter narrows by values it does not keep). */
export function isCounted(filter: WorklistFilter): boolean {
  return filter.slaDueBefore === undefined && filter.claimedMinFen === undefined && filter.claimedMaxFen === undefined
    && !filter.diagnosisContains;
}

/** The condition on claim_counts for the counted part of a filter (an empty list does not filter, as in the worklist). */
function countedWhere(f: CountedFilter): { where: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly string[] | undefined): void => {
    if (!values?.length) return;
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  inList('status', f.status);
  inList('priority', f.priority);
  inList('product_code', f.product);
  inList('cancer_type', f.cancerType);
  if (f.assigneeId === null) parts.push('assigned = 0');
  else if (f.assigneeId !== undefined) {
    parts.push('assigned = 1 AND assignee_id = ?');
    params.push(f.assigneeId);
  }
  return { where: parts.length ? parts.join(' AND ') : '1', params };
}

/** How many claims match the counted part of a filter (its other fields are not looked at). */
export function countedClaims(db: ReadDb, filter: CountedFilter): number {
  const { where, params } = countedWhere(filter);
  return db.row<{ n: number }>(`SELECT ifnull(SUM(n), 0) AS n FROM claim_counts WHERE ${where}`, ...params)?.n ?? 0;
}

/** How many claims wait in each role queue: the user's own, medical review, approvals. */
export function queueCounts(db: ReadDb, userId: string, myStates: readonly ClaimStatus[]): { mine: number; awaitingMedicalReview: number; awaitingApproval: number } {
  return {
    mine: countedClaims(db, { assigneeId: userId, status: [...myStates] }),
    awaitingMedicalReview: countedClaims(db, { status: ['awaiting_medical_review'] }),
    awaitingApproval: countedClaims(db, { status: ['awaiting_approval'] }),
  };
}
