import type { ServiceContext } from './context';
import { appServices } from './app';
import { auditServices } from './audit';
import { claimServices } from './claims';
import { decisionServices } from './decisions';
import { documentServices } from './documents';
import { fieldServices } from './fields';
import { handoffServices } from './handoffs';
import { noticeServices } from './notices';
import { pathwayServices } from './pathway';
import { payoutServices } from './payout';
import { ruleServices } from './rules';
import type { Services } from './slice';
import { viewServices } from './views';

// The services behind the contract: each domain's file gives its slice of the handler map, and this
// joins them into the one map IPC and the browser host bind. The type makes sure every handler of the
// contract has exactly one service.

export type { Services } from './slice';

export function createServices(ctx: ServiceContext): Services {
  return {
    ...appServices(ctx),
    ...claimServices(ctx),
    ...documentServices(ctx),
    ...fieldServices(ctx),
    ...pathwayServices(ctx),
    ...payoutServices(ctx),
    ...decisionServices(ctx),
    ...handoffServices(ctx),
    ...noticeServices(ctx),
    ...auditServices(ctx),
    ...ruleServices(),
    ...viewServices(ctx),
  };
}
