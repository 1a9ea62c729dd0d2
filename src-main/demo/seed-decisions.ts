import type { DatasetClaim } from '../../shared/domain/dataset';
import { decisionUsage } from '../../shared/payout/usage';
import { writeApproval, writeDecision } from '../db/mutations/decisions';
import { listUsers, userById } from '../db/queries/users';
import type { WriteTx } from '../db/write';
import { latestEditionId, PRODUCTS_EDITION } from '../editions/current';
import { inputsHashOf } from '../services/decisions';
import { claimPayout } from '../services/payout';

// The demo's history: a claim the dataset has already awaiting approval or decided was decided by its
// adjuster, on the day after it came in, for the payout the engines give (the same record a decision
// made in the app leaves), and a decided one above the adjuster's authority was approved by a
// supervisor (the first). Oldest first, so each policy year's accumulators come from the decisions before it.

const DAY_MS = 24 * 60 * 60 * 1000;

export type DecidedClaim = Pick<DatasetClaim, 'claimNumber' | 'status' | 'receivedAt' | 'assigneeId'>;

export const isDecidedDemoClaim = (c: DecidedClaim): boolean => (c.status === 'awaiting_approval' || c.status === 'decided') && c.assigneeId !== null;

export function seedDecisions(tx: WriteTx, claims: readonly DecidedClaim[]): number {
  const ordered = [...claims].filter(isDecidedDemoClaim).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.claimNumber.localeCompare(b.claimNumber));
  const approver = listUsers(tx).find((u) => u.roles.includes('supervisor'));
  for (const c of ordered) {
    const maker = userById(tx, c.assigneeId!);
    const { result } = claimPayout(tx, c.claimNumber);
    const madeAt = new Date(Date.parse(c.receivedAt) + DAY_MS).toISOString();
    const id = `${c.claimNumber}-DEC1`;
    const outcome = result.payableFen > 0 ? 'approve' : 'deny';
    writeDecision(tx, {
      id, claimId: c.claimNumber, outcome, payableFen: result.payableFen, engineFen: result.payableFen,
      reasons: outcome === 'approve' ? ['APPROVED'] : ['NOT_COVERED_ITEM'], note: '', requestedDocuments: [],
      editions: { pathway: latestEditionId(), payout: PRODUCTS_EDITION }, inputsHash: inputsHashOf(tx, c.claimNumber), payout: result,
      usage: decisionUsage(result, outcome, result.payableFen), state: c.status === 'decided' ? 'decided' : 'awaiting_approval',
      made: { by: c.assigneeId!, at: madeAt },
    });
    if (c.status === 'decided' && approver && maker && result.payableFen > maker.authorityLimitFen) {
      writeApproval(tx, c.claimNumber, id, '', { by: approver.id, at: new Date(Date.parse(madeAt) + DAY_MS).toISOString() });
    }
  }
  return ordered.length;
}
