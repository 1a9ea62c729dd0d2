import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { queryKeys } from '../common/query-keys';

/** One claim with its documents and fields; field edits invalidate it. */
export function useClaim(claimId: string) {
  return useQuery({ queryKey: queryKeys.claim(claimId), queryFn: () => api['claims.get']({ claimId }) });
}
