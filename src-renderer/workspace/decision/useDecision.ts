import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract/handlers';
import { api } from '../../api';
import { queryKeys } from '../../common/query-keys';
import { refreshClaim } from '../shared/refresh-claim';

/** What the decision tab shows and main enforces: guards, the engine's figure, the current decision, who may do what. */
export function useDecisionContext(claimId: string) {
  return useQuery({ queryKey: queryKeys.decision(claimId), queryFn: () => api['decision.context']({ claimId }) });
}

type Step = 'decision.submit' | 'decision.approve' | 'decision.return' | 'claim.refer' | 'review.complete';
export type StepRequest<K extends Step> = Omit<RequestOf<K>, 'claimId'>;

/** One workflow step on the claim; it refreshes the claim, its decision, the queues and the audit log. */
function useStep<K extends Step>(claimId: string, name: K) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: StepRequest<K>) => api[name]({ claimId, ...request } as RequestOf<K>),
    onSuccess: () => refreshClaim(queryClient, claimId),
  });
}

export function useDecisionSteps(claimId: string) {
  return {
    submit: useStep(claimId, 'decision.submit'),
    approve: useStep(claimId, 'decision.approve'),
    return: useStep(claimId, 'decision.return'),
    refer: useStep(claimId, 'claim.refer'),
    completeReview: useStep(claimId, 'review.complete'),
  };
}
