// TEMPORARY: merged into common/query-keys.ts once the shell's files are free to edit.
// The reviews sit under the claim's key: whatever makes the claim stale (a field corrected or
// confirmed, an expense taken out) makes its pathway check and payout stale with it.
export const reviewKeys = {
  pathway: (claimId: string, edition: string | null) => ['claim', claimId, 'pathway', edition ?? 'latest'] as const,
  payout: (claimId: string) => ['claim', claimId, 'payout'] as const,
  ruleEditions: ['rules', 'editions'] as const,
  edition: (edition: string | null) => ['rules', 'edition', edition ?? 'latest'] as const,
  products: (edition: string | null) => ['rules', 'products', edition ?? 'latest'] as const,
};
