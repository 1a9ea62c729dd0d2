// TanStack Query keys, in one place so a write knows exactly which reads it makes stale.
export const queryKeys = {
  appInfo: ['app.info'] as const,
  views: ['views'] as const,
  claim: (claimId: string) => ['claim', claimId] as const,
  document: (documentId: string) => ['document', documentId] as const,
  audit: (claimId: string) => ['audit', claimId] as const,
};
