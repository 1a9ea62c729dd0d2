import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract/handlers';
import { api } from '../../api';
import { refreshClaimReviews } from '../pathway/refresh-claim-reviews';

export type FieldCorrection = RequestOf<'fields.update'>;

/**
 * Correcting and confirming fields. A reviewed field is a fact the pathway check and the payout
 * stand on, so each write refreshes the claim with its reviews, and its audit log.
 */
export function useFieldMutations(claimId: string) {
  const queryClient = useQueryClient();
  const refresh = () => refreshClaimReviews(queryClient, claimId);
  const update = useMutation({ mutationFn: (input: FieldCorrection) => api['fields.update'](input), onSuccess: refresh });
  const confirm = useMutation({ mutationFn: (fieldId: string) => api['fields.confirm']({ fieldId }), onSuccess: refresh });
  return { update, confirm };
}
