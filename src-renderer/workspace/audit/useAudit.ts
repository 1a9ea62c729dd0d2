import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { queryKeys } from '../../common/query-keys';

/** The claim's audit entries, newest first; refreshed by every field write. */
export function useAudit(claimId: string, enabled: boolean) {
  return useQuery({ queryKey: queryKeys.audit(claimId), queryFn: () => api['audit.list']({ claimId, limit: 500 }), enabled });
}

/** The audit log's hash chain, walked by main: intact or where it breaks, with its length and head. */
export function useAuditChain(enabled: boolean) {
  return useQuery({ queryKey: queryKeys.auditChain, queryFn: () => api['audit.chain']({}), enabled });
}
