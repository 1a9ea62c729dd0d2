import type { ClaimStatus, Priority } from '../../shared/domain/claim';

// One colour per status and priority (antd preset names), for antd Tags and the grid's light tags alike.
export const STATUS_COLOUR: Record<ClaimStatus, string> = {
  new: 'blue',
  in_review: 'geekblue',
  pending_info: 'gold',
  awaiting_medical_review: 'purple',
  awaiting_approval: 'cyan',
  decided: 'green',
  withdrawn: 'default',
};

export const PRIORITY_COLOUR: Record<Priority, string> = { urgent: 'red', high: 'volcano', normal: 'default', low: 'default' };
