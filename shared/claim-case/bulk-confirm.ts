import type { ClaimDetail } from '../domain/workspace';
import type { CrossCheckWarning } from './cross-checks';

// Which unconfirmed fields a person may confirm together, after seeing them listed: read with at least
// the configured confidence, named by no cross-document warning, and never a biomarker result (a
// misread marker changes the pathway verdict, so each is looked at on its own).

export const BIOMARKER_KEYS: ReadonlySet<string> = new Set([
  'egfr', 'alk', 'ros1', 'ras', 'braf', 'msi', 'her2Ihc', 'her2Ish', 'pdl1Tps', 'pdl1Cps', 'mmr',
]);

export function bulkConfirmable(detail: Pick<ClaimDetail, 'fields'>, warnings: readonly CrossCheckWarning[], minConfidence: number): string[] {
  const warned = new Set(warnings.flatMap((w) => w.fieldIds));
  return detail.fields
    .filter((f) => f.status === 'extracted' && f.confidence >= minConfidence && !BIOMARKER_KEYS.has(f.key) && !warned.has(f.id))
    .map((f) => f.id);
}
