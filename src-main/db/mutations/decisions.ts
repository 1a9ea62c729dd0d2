import type { Decision } from '../../../shared/domain/decision';
import type { PayoutResult, YearToDate } from '../../../shared/payout/result';
import type { WriteTx } from '../write';

// Decisions as they are made, approved and returned. The claim points at its current decision; the
// audit log keeps each step with who, when and why.

export interface NewDecision {
  id: string;
  claimId: string;
  outcome: Decision['outcome'];
  payableFen: number;
  engineFen: number;
  reasons: Decision['reasons'];
  note: string;
  requestedDocuments: Decision['requestedDocuments'];
  editions: Decision['editions'];
  inputsHash: string;
  payout: PayoutResult;
  usage: YearToDate;
  state: Decision['state'];
  /** Who made it and when: the user at the keyboard now, unless a loader records history. */
  made?: { by: string; at: string };
}

export function writeDecision(tx: WriteTx, d: NewDecision): void {
  tx.run(`INSERT INTO decisions (id, claim_id, outcome, payable_fen, engine_fen, reasons, note, requested_documents, edition_pathway,
            edition_payout, inputs_hash, payout, usage, state, maker_id, made_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    d.id, d.claimId, d.outcome, d.payableFen, d.engineFen, JSON.stringify(d.reasons), d.note, JSON.stringify(d.requestedDocuments),
    d.editions.pathway, d.editions.payout, d.inputsHash, JSON.stringify(d.payout), JSON.stringify(d.usage), d.state, d.made?.by ?? tx.userId,
    d.made?.at ?? tx.now);
  tx.run('UPDATE claims SET decision_id = ? WHERE id = ?', d.id, d.claimId);
  tx.audit({ claimId: d.claimId, entity: 'decision', entityId: d.id, action: 'submit', reason: d.note || null,
    after: { outcome: d.outcome, payableFen: d.payableFen, engineFen: d.engineFen, reasons: d.reasons, requestedDocuments: d.requestedDocuments,
      editions: d.editions, inputsHash: d.inputsHash, state: d.state } });
}

export function writeApproval(tx: WriteTx, claimId: string, decisionId: string, note: string, approved?: { by: string; at: string }): void {
  tx.run(`UPDATE decisions SET state = 'decided', approved_by = ?, approved_at = ?, approval_note = ? WHERE id = ?`,
    approved?.by ?? tx.userId, approved?.at ?? tx.now, note, decisionId);
  tx.audit({ claimId, entity: 'decision', entityId: decisionId, action: 'approve', before: { state: 'awaiting_approval' }, after: { state: 'decided' }, reason: note || null });
}

export function writeReturn(tx: WriteTx, claimId: string, decisionId: string, note: string): void {
  tx.run(`UPDATE decisions SET state = 'returned', returned_by = ?, returned_at = ?, return_note = ? WHERE id = ?`, tx.userId, tx.now, note, decisionId);
  tx.run('UPDATE claims SET decision_id = NULL WHERE id = ?', claimId);
  tx.audit({ claimId, entity: 'decision', entityId: decisionId, action: 'return', before: { state: 'awaiting_approval' }, after: { state: 'returned' }, reason: note });
}
