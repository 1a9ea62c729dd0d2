import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../common/query-keys';

/**
 * After a review write (an override, an expense taken out): the claim, its pathway check and its
 * payout (all under the claim's key), and its audit log are stale.
 */
export function refreshClaimReviews(queryClient: QueryClient, claimId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.claim(claimId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.audit(claimId) }),
  ]);
}
