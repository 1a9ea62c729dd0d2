import { ContractError } from '../../shared/contract/errors';
import { writeAssignment, writeHandoff } from '../db/mutations/handoffs';
import { claimHeader } from '../db/queries/claim-detail';
import { userById } from '../db/queries/users';
import type { ServiceContext } from './context';
import { recordCheck } from './pathway';
import { currentUser } from './session';
import type { Slice } from './slice';
import { mutateClaim } from './workflow';

// Passing a claim on: to medical review and back (the reviewer's return records the pathway check
// the opinion stood on), and to another adjuster by a supervisor.

export const handoffServices = (ctx: ServiceContext): Slice<'claim.refer' | 'review.complete' | 'claim.assign'> => ({
  'claim.refer': (r) => {
    const user = currentUser(ctx);
    return ctx.transact(user.id, (tx) => ({
      status: mutateClaim(tx, user, r.claimId, { kind: 'claim.refer', payload: { note: r.note } }, () => writeHandoff(tx, r.claimId, 'refer', r.note)).status,
    }));
  },
  'review.complete': (r) => {
    const user = currentUser(ctx);
    return ctx.transact(user.id, (tx) => ({
      status: mutateClaim(tx, user, r.claimId, { kind: 'review.complete', payload: { note: r.note } }, () => {
        writeHandoff(tx, r.claimId, 'review_complete', r.note);
        recordCheck(tx, r.claimId);
      }).status,
    }));
  },
  'claim.assign': (r) => {
    const user = currentUser(ctx);
    const assignee = userById(ctx.db, r.assigneeId);
    if (!assignee) throw new ContractError('NOT_FOUND', `user ${r.assigneeId} does not exist`);
    if (!assignee.roles.includes('adjuster')) throw new ContractError('BAD_REQUEST', `claim.assign: assigneeId: ${assignee.name} is not an adjuster`, 'assigneeId');
    return ctx.transact(user.id, (tx) => {
      for (const claimId of new Set(r.claimIds)) {
        const header = claimHeader(tx, claimId);
        const payload = { assigneeId: r.assigneeId, note: r.note, ...(r.priority ? { priority: r.priority } : {}) };
        mutateClaim(tx, user, claimId, { kind: 'claim.assign', payload }, () => writeAssignment(tx, claimId,
          { assigneeId: header.assigneeId, priority: header.priority }, { assigneeId: r.assigneeId, priority: r.priority ?? header.priority }, r.note));
      }
      return { assigned: new Set(r.claimIds).size };
    });
  },
});
