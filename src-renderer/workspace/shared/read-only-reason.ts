import type { TFunction } from 'i18next';
import type { ClaimHeader } from '../../../shared/domain/workspace';

/** Why the user cannot review this claim's fields now: its state, or another person holds it. */
export function readOnlyReason(t: TFunction, claim: Pick<ClaimHeader, 'status' | 'assigneeName'>): string {
  const byState = t(`fields.readOnly.${claim.status}`, { defaultValue: '' });
  if (byState) return byState;
  return claim.assigneeName ? t('fields.readOnly.heldBy', { name: claim.assigneeName }) : t('fields.readOnly.unassigned');
}
