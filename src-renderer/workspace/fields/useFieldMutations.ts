import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract/handlers';
import { api } from '../../api';
import { refreshClaim } from '../shared/refresh-claim';

export type FieldCorrection = RequestOf<'fields.update'>;

/**
 * Correcting and confirming fields (one by one, or those listed together) and acknowledging a
 * cross-document warning. A reviewed field is a fact the pathway check and the payout stand on, so
 * each write refreshes the claim with its reviews, and its audit log.
 */
export function useFieldMutations(claimId: string) {
  const queryClient = useQueryClient();
  const refresh = () => refreshClaim(queryClient, claimId);
  const update = useMutation({ mutationFn: (input: FieldCorrection) => api['fields.update'](input), onSuccess: refresh });
  const confirm = useMutation({ mutationFn: (fieldId: string) => api['fields.confirm']({ fieldId }), onSuccess: refresh });
  const confirmMany = useMutation({ mutationFn: (fieldIds: string[]) => api['fields.confirmMany']({ claimId, fieldIds }), onSuccess: refresh });
  const acknowledge = useMutation({
    mutationFn: (input: { warningKey: string; note: string }) => api['warnings.acknowledge']({ claimId, ...input }),
    onSuccess: refresh,
  });
  return { update, confirm, confirmMany, acknowledge };
}
