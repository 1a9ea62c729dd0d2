import type { User } from '../../shared/domain/claim';

// The demo team, who are also the users of the reference deployment (their ids are their usernames):
// two adjusters, one with a 50,000-yuan and one with a 20,000-yuan authority, a medical reviewer, and two
// supervisors who also adjust and approve up to 1,000,000 yuan.
export const DEMO_USERS: readonly User[] = [
  { id: 'adjuster1', name: '张敏', roles: ['adjuster'], authorityLimitFen: 5_000_000 },
  { id: 'adjuster2', name: '李强', roles: ['adjuster'], authorityLimitFen: 2_000_000 },
  { id: 'reviewer1', name: '王蕾', roles: ['medical_reviewer'], authorityLimitFen: 0 },
  { id: 'supervisor1', name: '陈静', roles: ['supervisor', 'adjuster'], authorityLimitFen: 100_000_000 },
  { id: 'supervisor2', name: '刘洋', roles: ['supervisor', 'adjuster'], authorityLimitFen: 100_000_000 },
];

/** The adjusters who hold claims in the demo queue (the supervisors adjust too, but approve rather than hold). */
export const ADJUSTER_IDS = ['adjuster1', 'adjuster2'] as const;
