// TanStack Query keys, in one place so a write knows exactly which reads it makes stale.
export const queryKeys = {
  appInfo: ['app.info'] as const,
  views: ['views'] as const,
  claim: (claimId: string) => ['claim', claimId] as const,
  // The reviews sit under the claim's key: whatever makes the claim stale (a field corrected or
  // confirmed, an override, an expense taken out) makes its pathway check and payout stale with it.
  pathway: (claimId: string, edition: string | null) => ['claim', claimId, 'pathway', edition ?? 'latest'] as const,
  payout: (claimId: string) => ['claim', claimId, 'payout'] as const,
  decision: (claimId: string) => ['claim', claimId, 'decision'] as const,
  /** The live counts of the user's role queues: every claim write can move them. */
  queues: ['queues'] as const,
  settings: ['settings'] as const,
  auditChain: ['audit-chain'] as const,
  ruleEditions: ['rules', 'editions'] as const,
  edition: (edition: string | null) => ['rules', 'edition', edition ?? 'latest'] as const,
  products: (edition: string | null) => ['rules', 'products', edition ?? 'latest'] as const,
  document: (documentId: string) => ['document', documentId] as const,
  audit: (claimId: string) => ['audit', claimId] as const,
  job: (jobId: string) => ['job', jobId] as const,
};
