import type { Verdict } from '../../../shared/domain/vocabulary';
import type { PathwayCaseResult } from '../../../shared/pathway/types';
import { ContractError } from '../../../shared/contract/errors';
import type { Db } from '../connection';
import { prepared } from '../statements';
import { transact } from '../write';

// Writes of the medical and payout review: pathway overrides (audited, queued for the centre), the
// record of each pathway check with its edition, and taking expense lines in or out of the payout.

export interface OverrideInput {
  claimId: string;
  treatmentId: string;
  verdict: Verdict | null;
  engineVerdict: Verdict;
  edition: string;
  justification: string;
}

export function setPathwayOverride(db: Db, userId: string, o: OverrideInput): void {
  transact(db, userId, (tx) => {
    const before = prepared(db, 'SELECT verdict, justification FROM pathway_overrides WHERE claim_id = ? AND treatment_id = ?')
      .get(o.claimId, o.treatmentId) as { verdict: Verdict; justification: string } | undefined;
    if (o.verdict === null) {
      if (!before) throw new ContractError('NOT_FOUND', `treatment ${o.treatmentId} has no override to withdraw`);
      tx.run('DELETE FROM pathway_overrides WHERE claim_id = ? AND treatment_id = ?', o.claimId, o.treatmentId);
    } else {
      tx.run(`INSERT INTO pathway_overrides (claim_id, treatment_id, verdict, engine_verdict, edition, justification, user_id, at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)
              ON CONFLICT (claim_id, treatment_id) DO UPDATE SET verdict = excluded.verdict, engine_verdict = excluded.engine_verdict,
                edition = excluded.edition, justification = excluded.justification, user_id = excluded.user_id, at = excluded.at`,
        o.claimId, o.treatmentId, o.verdict, o.engineVerdict, o.edition, o.justification, userId, tx.now);
    }
    tx.audit({
      claimId: o.claimId, entity: 'pathway_line', entityId: o.treatmentId, action: o.verdict === null ? 'override_withdrawn' : 'override',
      before: before ?? { verdict: o.engineVerdict, by: 'engine', edition: o.edition },
      after: o.verdict === null ? { verdict: o.engineVerdict, by: 'engine', edition: o.edition } : { verdict: o.verdict, edition: o.edition },
      reason: o.justification,
    });
    tx.enqueue({ kind: 'pathway.override', claimId: o.claimId, payload: { treatmentId: o.treatmentId, verdict: o.verdict, justification: o.justification } });
  });
}

export function recordPathwayCheck(db: Db, userId: string, claimId: string, result: PathwayCaseResult): void {
  transact(db, userId, (tx) => {
    tx.run(`INSERT INTO pathway_checks (claim_id, edition, checked_at, lines) VALUES (?, ?, ?, ?)
            ON CONFLICT (claim_id, edition) DO UPDATE SET checked_at = excluded.checked_at, lines = excluded.lines`,
      claimId, result.edition, tx.now, JSON.stringify(result.lines));
  });
}

export function setExpenseIncluded(db: Db, userId: string, input: { claimId: string; expenseId: string; included: boolean; reason: string }): void {
  transact(db, userId, (tx) => {
    const row = prepared(db, 'SELECT included FROM expense_lines WHERE claim_id = ? AND id = ?').get(input.claimId, input.expenseId) as
      { included: number } | undefined;
    if (!row) throw new ContractError('NOT_FOUND', `claim ${input.claimId} has no expense line ${input.expenseId}`);
    if ((row.included === 1) === input.included) return;
    tx.run('UPDATE expense_lines SET included = ? WHERE claim_id = ? AND id = ?', input.included ? 1 : 0, input.claimId, input.expenseId);
    tx.audit({ claimId: input.claimId, entity: 'expense_line', entityId: input.expenseId, action: input.included ? 'include' : 'exclude',
      before: { included: row.included === 1 }, after: { included: input.included }, reason: input.reason });
  });
}
