import type { Verdict } from '../../../shared/domain/vocabulary';
import type { PathwayCaseResult } from '../../../shared/pathway/types';
import type { WriteTx } from '../write';

// Writes of the medical and payout review: pathway overrides (audited; the service queues them for the
// centre), the record of a pathway check with its edition, and taking expense lines in or out of the payout.

export interface OverrideInput {
  claimId: string;
  treatmentId: string;
  verdict: Verdict | null;
  engineVerdict: Verdict;
  edition: string;
  justification: string;
}

export function writeOverride(tx: WriteTx, o: OverrideInput, before: { verdict: Verdict; justification: string } | undefined): void {
  if (o.verdict === null) {
    tx.run('DELETE FROM pathway_overrides WHERE claim_id = ? AND treatment_id = ?', o.claimId, o.treatmentId);
  } else {
    tx.run(`INSERT INTO pathway_overrides (claim_id, treatment_id, verdict, engine_verdict, edition, justification, user_id, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (claim_id, treatment_id) DO UPDATE SET verdict = excluded.verdict, engine_verdict = excluded.engine_verdict,
              edition = excluded.edition, justification = excluded.justification, user_id = excluded.user_id, at = excluded.at`,
      o.claimId, o.treatmentId, o.verdict, o.engineVerdict, o.edition, o.justification, tx.userId, tx.now);
  }
  tx.audit({
    claimId: o.claimId, entity: 'pathway_line', entityId: o.treatmentId, action: o.verdict === null ? 'override_withdrawn' : 'override',
    before: before ?? { verdict: o.engineVerdict, by: 'engine', edition: o.edition },
    after: o.verdict === null ? { verdict: o.engineVerdict, by: 'engine', edition: o.edition } : { verdict: o.verdict, edition: o.edition },
    reason: o.justification,
  });
}

/** A check somebody stood behind, kept per edition so a re-check on a newer edition can show what changed. */
export function writePathwayCheck(tx: WriteTx, claimId: string, result: PathwayCaseResult): void {
  tx.run(`INSERT INTO pathway_checks (claim_id, edition, checked_at, lines) VALUES (?, ?, ?, ?)
          ON CONFLICT (claim_id, edition) DO UPDATE SET checked_at = excluded.checked_at, lines = excluded.lines`,
    claimId, result.edition, tx.now, JSON.stringify(result.lines));
  tx.audit({ claimId, entity: 'pathway_check', entityId: claimId, action: 'record', after: { edition: result.edition,
    verdicts: Object.fromEntries(result.lines.map((l) => [l.id, l.verdict])) } });
}

export function writeExpenseIncluded(tx: WriteTx, input: { claimId: string; expenseId: string; included: boolean; reason: string }): void {
  tx.run('UPDATE expense_lines SET included = ? WHERE claim_id = ? AND id = ?', input.included ? 1 : 0, input.claimId, input.expenseId);
  tx.audit({ claimId: input.claimId, entity: 'expense_line', entityId: input.expenseId, action: input.included ? 'include' : 'exclude',
    before: { included: !input.included }, after: { included: input.included }, reason: input.reason });
}
