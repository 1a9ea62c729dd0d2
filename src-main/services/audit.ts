import { verifyChain } from '../audit/chain';
import { listAudit } from '../db/queries/audit';
import type { ServiceContext } from './context';
import type { Slice } from './slice';

/** The audit log, newest first, and the state of its hash chain (walked whole each time it is asked). */
export const auditServices = (ctx: ServiceContext): Slice<'audit.list' | 'audit.chain'> => ({
  'audit.list': (r) => listAudit(ctx.db, r.claimId, r.limit),
  'audit.chain': () => verifyChain(ctx.db),
});
