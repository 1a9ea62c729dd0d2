import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../common/query-keys';

/**
 * After a write to a claim (a field reviewed, an override, an expense taken out, a decision): the
 * claim, its pathway check, payout and decision context (all under the claim's key), its audit log and
 * the chain's state, and the queue counts are stale.
 */
export function refreshClaim(queryClient: QueryClient, claimId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.claim(claimId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.audit(claimId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.auditChain }),
    queryClient.invalidateQueries({ queryKey: queryKeys.queues }),
  ]);
}
