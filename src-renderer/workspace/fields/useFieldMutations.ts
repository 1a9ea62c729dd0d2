import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract/handlers';
import { api } from '../../api';
import { queryKeys } from '../../common/query-keys';

export type FieldCorrection = RequestOf<'fields.update'>;

/** Correcting and confirming fields; each write refreshes the claim and its audit log. */
export function useFieldMutations(claimId: string) {
  const queryClient = useQueryClient();
  const refresh = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.claim(claimId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.audit(claimId) }),
  ]);
  const update = useMutation({ mutationFn: (input: FieldCorrection) => api['fields.update'](input), onSuccess: refresh });
  const confirm = useMutation({ mutationFn: (fieldId: string) => api['fields.confirm']({ fieldId }), onSuccess: refresh });
  return { update, confirm };
}
