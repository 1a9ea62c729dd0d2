import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract/handlers';
import { api } from '../../api';
import { queryKeys } from '../../common/query-keys';
import { refreshClaim } from '../shared/refresh-claim';

/**
 * The claim's payout. Its key sits under the claim's, so every write that makes the claim stale (a
 * field corrected or confirmed, an override, an expense taken out) recalculates it.
 */
export function usePayoutReview(claimId: string) {
  return useQuery({ queryKey: queryKeys.payout(claimId), queryFn: () => api['payout.calculate']({ claimId }) });
}

export type IncludeRequest = Omit<RequestOf<'expenses.setIncluded'>, 'claimId'>;

/** Takes an expense line out of the payout or back in, with the reason audited. */
export function useSetExpenseIncluded(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: IncludeRequest) => api['expenses.setIncluded']({ claimId, ...request }),
    onSuccess: () => refreshClaim(queryClient, claimId),
  });
}
