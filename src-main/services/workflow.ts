import { randomUUID } from 'node:crypto';
import { ContractError } from '../../shared/contract/errors';
import type { ClaimStatus, User } from '../../shared/domain/claim';
import type { ClaimMutation } from '../../shared/workflow/mutations';
import { nextState, type Refusal } from '../../shared/workflow/transitions';
import { writeClaimStatus } from '../db/mutations/claims';
import { workflowClaim } from '../db/queries/workflow';
import type { WriteTx } from '../db/write';

// Every change to a claim goes through here, inside its transaction: the workflow's one table
// (shared/workflow/transitions.ts) says whether the user may make it in the claim's state and where
// the claim goes; then the change is written, the claim moved, and the mutation queued for the centre
// with its payload exactly as the centre takes it (docs/workflow.md).

export interface Applied<T> {
  /** The mutation's id: its idempotency key at the centre (and a decision's id). */
  id: string;
  result: T;
  status: ClaimStatus;
}

/** The contract error a workflow refusal crosses the boundary as. */
export const refusalError = (r: Refusal): ContractError => new ContractError(r.refusal === 'forbidden' ? 'FORBIDDEN' : 'INVALID_STATE', r.message);

export interface Move { from: ClaimStatus; to: ClaimStatus }

export function mutateClaim<T>(tx: WriteTx, user: User, claimId: string, mutation: ClaimMutation, apply: (mutationId: string, move: Move) => T): Applied<T> {
  const claim = workflowClaim(tx, claimId);
  const verdict = nextState(claim, mutation, user);
  if (!verdict.ok) throw refusalError(verdict);
  const id = randomUUID();
  const result = apply(id, verdict);
  if (verdict.to !== verdict.from) writeClaimStatus(tx, claimId, verdict.from, verdict.to, mutation.kind);
  tx.enqueue({ id, kind: mutation.kind, claimId, payload: mutation.payload });
  return { id, result, status: verdict.to };
}
