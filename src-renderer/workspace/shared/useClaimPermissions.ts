import type { ClaimHeader } from '../../../shared/domain/workspace';
import type { MutationKind } from '../../../shared/workflow/mutations';
import { mayMake } from '../../../shared/workflow/transitions';
import { useAppInfo } from '../../frame/useAppInfo';

/**
 * What the user at the keyboard may do to the claim now, by the workflow's own table (the same answer
 * main gives, and enforces again): the workspace offers only what will be accepted.
 */
export function useClaimPermissions(claim: Pick<ClaimHeader, 'status' | 'assigneeId'> | undefined): (kind: MutationKind) => boolean {
  const user = useAppInfo().data?.currentUser;
  return (kind) => !!claim && !!user && mayMake({ status: claim.status, assigneeId: claim.assigneeId, decisionMakerId: null }, kind, user).ok;
}
