import type { User } from '../../shared/domain/claim';

// The demo team: two adjusters with a 50,000-yuan authority, a medical reviewer and a supervisor who
// approves up to 1,000,000 yuan.
export const DEMO_USERS: readonly User[] = [
  { id: 'u-adj-1', name: '张敏', roles: ['adjuster'], authorityLimitFen: 5_000_000 },
  { id: 'u-adj-2', name: '李强', roles: ['adjuster'], authorityLimitFen: 5_000_000 },
  { id: 'u-med-1', name: '王蕾', roles: ['medical_reviewer'], authorityLimitFen: 0 },
  { id: 'u-sup-1', name: '陈静', roles: ['supervisor'], authorityLimitFen: 100_000_000 },
];

export const ADJUSTER_IDS = ['u-adj-1', 'u-adj-2'] as const;
export const MEDICAL_REVIEWER_ID = 'u-med-1';
export const SUPERVISOR_ID = 'u-sup-1';
