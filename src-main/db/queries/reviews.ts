import type { PathwayOverride } from '../../../shared/domain/review';
import type { PathwayCaseResult } from '../../../shared/pathway/types';
import type { ReadDb } from '../handles';

interface OverrideRow {
  treatment_id: string; verdict: PathwayOverride['verdict']; engine_verdict: PathwayOverride['engineVerdict']; edition: string;
  justification: string; user_id: string; user_name: string | null; at: string;
}

export function listOverrides(db: ReadDb, claimId: string): PathwayOverride[] {
  return (db.rows<OverrideRow>(`SELECT o.*, u.name AS user_name FROM pathway_overrides o LEFT JOIN users u ON u.id = o.user_id
    WHERE o.claim_id = ? ORDER BY o.treatment_id`, claimId)).map((r) => ({
    treatmentId: r.treatment_id, verdict: r.verdict, engineVerdict: r.engine_verdict, edition: r.edition,
    justification: r.justification, userId: r.user_id, userName: r.user_name, at: r.at,
  }));
}

/** The newest recorded check of the claim on an edition other than `edition`. */
export function previousCheck(db: ReadDb, claimId: string, edition: string): { edition: string; checkedAt: string; lines: PathwayCaseResult['lines'] } | null {
  const r = db.row<{ edition: string; checked_at: string; lines: string }>(`SELECT edition, checked_at, lines FROM pathway_checks WHERE claim_id = ? AND edition <> ?
    ORDER BY checked_at DESC LIMIT 1`, claimId, edition);
  return r ? { edition: r.edition, checkedAt: r.checked_at, lines: JSON.parse(r.lines) as PathwayCaseResult['lines'] } : null;
}

/** Decided claims of the same policy received before this one, oldest first: the policy year's earlier claims. */
export function earlierDecidedClaims(db: ReadDb, claimId: string): string[] {
  return (db.rows<{ id: string }>(`SELECT o.id FROM claims c JOIN claims o ON o.policy_id = c.policy_id
    WHERE c.id = ? AND o.id <> c.id AND o.status = 'decided' AND o.received_at < c.received_at ORDER BY o.received_at, o.id`, claimId)).map((r) => r.id);
}
