import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { queryKeys } from '../common/query-keys';
import { usePrefetchDocuments } from './usePrefetchDocuments';

/** One claim with its documents and fields; field edits invalidate it. Its documents' bytes are prefetched. */
export function useClaim(claimId: string) {
  const claim = useQuery({ queryKey: queryKeys.claim(claimId), queryFn: () => api['claims.get']({ claimId }) });
  usePrefetchDocuments(claim.data?.documents.map((d) => d.id) ?? []);
  return claim;
}
