import { ContractError } from '../../../shared/contract/errors';
import type { WorkflowClaim } from '../../../shared/workflow/transitions';
import type { ReadDb } from '../handles';

/** The claim as the workflow judges a mutation: its state, assignee and the maker of its decision. */
export function workflowClaim(db: ReadDb, claimId: string): WorkflowClaim {
  const r = db.row<{ status: WorkflowClaim['status']; assignee_id: string | null; maker_id: string | null }>(
    `SELECT c.status, c.assignee_id, d.maker_id FROM claims c LEFT JOIN decisions d ON d.id = c.decision_id WHERE c.id = ?`, claimId);
  if (!r) throw new ContractError('NOT_FOUND', `claim ${claimId} does not exist`);
  return { status: r.status, assigneeId: r.assignee_id, decisionMakerId: r.maker_id };
}
