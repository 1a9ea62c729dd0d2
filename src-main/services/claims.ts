import { claimDetail } from '../db/queries/claim-detail';
import { queueCounts } from '../db/queries/queues';
import { queryWorklist } from '../db/queries/worklist';
import type { ServiceContext } from './context';
import { currentUser } from './session';
import type { Slice } from './slice';
import { MY_QUEUE_STATES } from './views';

/** The worklist, one claim, and the live counts of the user's role queues. */
export const claimServices = (ctx: ServiceContext): Slice<'claims.list' | 'claims.get' | 'claims.queues'> => ({
  'claims.list': (r) => queryWorklist(ctx.db, r),
  'claims.get': (r) => claimDetail(ctx.db, r.claimId),
  'claims.queues': () => {
    const user = currentUser(ctx);
    const counts = queueCounts(ctx.db, user.id, MY_QUEUE_STATES);
    return {
      mine: counts.mine,
      medicalReview: user.roles.includes('medical_reviewer') ? counts.awaitingMedicalReview : null,
      approvals: user.roles.includes('supervisor') ? counts.awaitingApproval : null,
    };
  },
});
