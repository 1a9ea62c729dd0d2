import type { Decision } from '../../../shared/domain/decision';
import type { PayoutResult, YearToDate } from '../../../shared/payout/result';
import type { ReadDb } from '../handles';

// Decisions as the workstation keeps them, and what the policy year's other decided claims used.

interface Row {
  id: string; claim_id: string; outcome: Decision['outcome']; payable_fen: number; engine_fen: number; reasons: string; note: string;
  requested_documents: string; edition_pathway: string; edition_payout: string; inputs_hash: string; state: Decision['state'];
  maker_id: string; maker_name: string | null; made_at: string; approved_by: string | null; approver_name: string | null;
  approved_at: string | null; approval_note: string | null; returned_by: string | null; returned_at: string | null; return_note: string | null;
}

const SELECT = `SELECT d.*, m.name AS maker_name, a.name AS approver_name FROM decisions d
  LEFT JOIN users m ON m.id = d.maker_id LEFT JOIN users a ON a.id = d.approved_by`;

const toDecision = (r: Row): Decision => ({
  id: r.id, claimId: r.claim_id, outcome: r.outcome, payableFen: r.payable_fen, engineFen: r.engine_fen,
  reasons: JSON.parse(r.reasons) as Decision['reasons'], note: r.note, requestedDocuments: JSON.parse(r.requested_documents) as Decision['requestedDocuments'],
  editions: { pathway: r.edition_pathway, payout: r.edition_payout }, inputsHash: r.inputs_hash, state: r.state,
  makerId: r.maker_id, makerName: r.maker_name, madeAt: r.made_at, approvedBy: r.approved_by, approvedByName: r.approver_name,
  approvedAt: r.approved_at, approvalNote: r.approval_note, returnedBy: r.returned_by, returnedAt: r.returned_at, returnNote: r.return_note,
});

export function decisionById(db: ReadDb, id: string): Decision | undefined {
  const r = db.row<Row>(`${SELECT} WHERE d.id = ?`, id);
  return r && toDecision(r);
}

/** Every decision of the claim, newest first. */
export function claimDecisions(db: ReadDb, claimId: string): Decision[] {
  return db.rows<Row>(`${SELECT} WHERE d.claim_id = ? ORDER BY d.made_at DESC, d.rowid DESC`, claimId).map(toDecision);
}

/** The claim's current decision (awaiting approval, pending information, or in force). */
export function currentDecision(db: ReadDb, claimId: string): Decision | null {
  const r = db.row<Row>(`${SELECT} JOIN claims c ON c.decision_id = d.id WHERE c.id = ?`, claimId);
  return r ? toDecision(r) : null;
}

/** The payout a decision was made on, for its notice. */
export function decisionPayout(db: ReadDb, id: string): PayoutResult | undefined {
  const r = db.row<{ payout: string }>('SELECT payout FROM decisions WHERE id = ?', id);
  return r && (JSON.parse(r.payout) as PayoutResult);
}

/** What the policy's other decided claims took of the year, oldest decision first. */
export function policyYearUsage(db: ReadDb, claimId: string): { claimId: string; usage: YearToDate }[] {
  return db.rows<{ id: string; usage: string }>(`SELECT o.id, d.usage FROM claims c
      JOIN claims o ON o.policy_id = c.policy_id AND o.id <> c.id AND o.status = 'decided'
      JOIN decisions d ON d.id = o.decision_id
    WHERE c.id = ? ORDER BY d.made_at, o.id`, claimId).map((r) => ({ claimId: r.id, usage: JSON.parse(r.usage) as YearToDate }));
}
