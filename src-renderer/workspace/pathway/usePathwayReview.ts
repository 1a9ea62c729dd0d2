import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract/handlers';
import { api } from '../../api';
import { queryKeys } from '../../common/query-keys';
import { refreshClaim } from '../shared/refresh-claim';

/** The claim's pathway check on `edition` (null: the newest), rerun whenever the claim changes. */
export function usePathwayReview(claimId: string, edition: string | null) {
  return useQuery({
    queryKey: queryKeys.pathway(claimId, edition),
    queryFn: () => api['pathway.check'](edition ? { claimId, edition } : { claimId }),
    // Switching editions keeps the last check on screen until the other edition's answer arrives.
    placeholderData: keepPreviousData,
  });
}

export type OverrideRequest = Omit<RequestOf<'pathway.override'>, 'claimId'>;

/** A medical reviewer's verdict for one drug line (verdict null withdraws it); the payout follows it. */
export function usePathwayOverride(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: OverrideRequest) => api['pathway.override']({ claimId, ...request }),
    onSuccess: () => refreshClaim(queryClient, claimId),
  });
}
