import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/claim-case/canonical-json';
import { crossCheck } from '../../shared/claim-case/cross-checks';
import { ContractError } from '../../shared/contract/errors';
import type { ParsedRequestOf } from '../../shared/contract/handlers';
import type { ClaimStatus, User } from '../../shared/domain/claim';
import type { Decision, DecisionContext } from '../../shared/domain/decision';
import { resolveVerdict } from '../../shared/payout/resolve-verdict';
import { decisionUsage } from '../../shared/payout/usage';
import { decisionGuards } from '../../shared/workflow/guards';
import type { ReasonCode } from '../../shared/workflow/reason-codes';
import { requiredDocuments } from '../../shared/workflow/required-documents';
import { mayMake } from '../../shared/workflow/transitions';
import type { ReadDb } from '../db/handles';
import { writeApproval, writeDecision, writeReturn } from '../db/mutations/decisions';
import { acknowledgedWarnings } from '../db/queries/acknowledgements';
import { claimDetail } from '../db/queries/claim-detail';
import { claimDecisions, currentDecision, decisionById } from '../db/queries/decisions';
import { workflowClaim } from '../db/queries/workflow';
import type { WriteTx } from '../db/write';
import { latestEditionId, PRODUCTS_EDITION } from '../editions/current';
import type { ServiceContext } from './context';
import { checkClaimPathway, recordCheck } from './pathway';
import { claimPayout, exportCase } from './payout';
import { currentUser } from './session';
import type { Slice } from './slice';
import { mutateClaim, refusalError } from './workflow';

// Deciding a claim (docs/workflow.md): the decision tab's context, and submit, approve and return.
// The guards, the payable ceiling and the authority limit are enforced here, in the same transaction
// that writes the decision, whatever the screen showed.

/** sha256 of the canonical case JSON the decision is made on: anyone can export the case and recompute it. */
export const inputsHashOf = (db: ReadDb, claimId: string): string =>
  createHash('sha256').update(canonicalJson(exportCase(db, claimId)), 'utf8').digest('hex');

function context(db: ReadDb, user: User, claimId: string): DecisionContext & { payout: ReturnType<typeof claimPayout> } {
  const detail = claimDetail(db, claimId);
  const payout = claimPayout(db, claimId);
  const pathway = checkClaimPathway(db, claimId);
  const overridden = new Set(pathway.overrides.map((o) => o.treatmentId));
  const engineVerdicts = new Map(pathway.lines.map((l) => [l.id, l.verdict]));
  // A reviewer's override settles its line: the biomarker it lacked no longer calls for a report.
  const needed = requiredDocuments(detail, pathway.lines.filter((l) => !overridden.has(l.id)).map((l) => l.reasons));
  const expenses = new Map(payout.case.claim.expenses.map((e) => [e.id, e]));
  const paidLines = payout.result.lines.filter((l) => l.status === 'paid').map((l) => {
    const expense = expenses.get(l.id);
    const resolved = expense ? resolveVerdict(expense, payout.case.treatments, { ...payout.context, pathwayVerdicts: engineVerdicts }) : null;
    return { expenseId: l.id, treatmentId: resolved?.treatmentId ?? null };
  });
  const guards = decisionGuards({
    detail,
    warnings: crossCheck(detail),
    acknowledged: acknowledgedWarnings(db, claimId),
    engineVerdicts,
    overridden,
    paidLines,
    drugOf: new Map(pathway.lines.map((l) => [l.id, l.drug])),
    needed,
  });
  const claim = workflowClaim(db, claimId);
  const current = currentDecision(db, claimId);
  const may = (kind: Parameters<typeof mayMake>[1]) => mayMake(claim, kind, user, kind === 'decision.submit' ? 'approve' : undefined).ok;
  return {
    claimId, status: claim.status, engineFen: payout.result.payableFen, editions: { pathway: pathway.edition, payout: PRODUCTS_EDITION },
    guards, requiredDocuments: needed.map((n) => n.documentType), current, history: claimDecisions(db, claimId),
    may: { submit: may('decision.submit'), refer: may('claim.refer'), completeReview: may('review.complete'), approve: may('decision.approve'), return: may('decision.return') },
    authorityLimitFen: user.authorityLimitFen, payout,
  };
}

const badRequest = (path: string, message: string) => new ContractError('BAD_REQUEST', `decision.submit: ${path}: ${message}`, path);

/** The rules of the outcome itself, before any guard (docs/workflow.md, "Decisions on the workstation"). */
function checkOutcome(r: ParsedRequestOf<'decision.submit'>, engineFen: number): ReasonCode[] {
  if (r.payableFen > engineFen) throw badRequest('payableFen', `above the payout engine's figure of ${engineFen} fen`);
  switch (r.outcome) {
    case 'approve':
      if (r.payableFen !== engineFen) throw badRequest('payableFen', 'an approval pays the payout engine\'s figure; pay less as a partial decision, with a reason');
      return r.reasons.length ? r.reasons : ['APPROVED'];
    case 'partial':
      if (r.reasons.length === 0) throw badRequest('reasons', 'a partial decision says why not all is paid');
      return r.reasons;
    case 'deny':
      if (r.payableFen !== 0) throw badRequest('payableFen', 'a denial pays nothing');
      if (r.reasons.length === 0) throw badRequest('reasons', 'a denial needs at least one reason code');
      return r.reasons;
    case 'pend':
      if (r.payableFen !== 0) throw badRequest('payableFen', 'a pended claim pays nothing yet');
      if (r.requestedDocuments.length === 0) throw badRequest('requestedDocuments', 'say which documents are asked of the claimant');
      return r.reasons.includes('MISSING_DOCUMENT') ? r.reasons : ['MISSING_DOCUMENT', ...r.reasons];
  }
}

const STATE_AFTER = { pending_info: 'pending_info', awaiting_approval: 'awaiting_approval', decided: 'decided' } as const;

function submit(tx: WriteTx, user: User, r: ParsedRequestOf<'decision.submit'>): { decision: Decision; status: ClaimStatus } {
  // Who may decide, and in which state, is answered before the decision's own rules.
  const may = mayMake(workflowClaim(tx, r.claimId), 'decision.submit', user, r.outcome);
  if (!may.ok) throw refusalError(may);
  const ctx = context(tx, user, r.claimId);
  const reasons = checkOutcome(r, ctx.engineFen);
  if ((r.outcome === 'approve' || r.outcome === 'partial') && ctx.guards.length) {
    throw new ContractError('GUARD_FAILED', `${ctx.guards.length} item(s) must be resolved before this claim is paid: ${[...new Set(ctx.guards.map((g) => g.code))].join(', ')}`);
  }
  const editions = { pathway: latestEditionId(), payout: PRODUCTS_EDITION };
  const inputsHash = inputsHashOf(tx, r.claimId);
  const applied = mutateClaim(tx, user, r.claimId,
    { kind: 'decision.submit', payload: { outcome: r.outcome, payableFen: r.payableFen, reasons, note: r.note, editions, inputsHash } },
    (id, move) => {
      const state = STATE_AFTER[move.to as keyof typeof STATE_AFTER];
      if (!state) throw new ContractError('INTERNAL', `a decision cannot leave the claim ${move.to}`);
      writeDecision(tx, {
        id, claimId: r.claimId, outcome: r.outcome, payableFen: r.payableFen, engineFen: ctx.engineFen, reasons, note: r.note,
        requestedDocuments: r.requestedDocuments, editions, inputsHash, payout: ctx.payout.result,
        usage: decisionUsage(ctx.payout.result, r.outcome, r.payableFen), state,
      });
      recordCheck(tx, r.claimId);
    });
  return { decision: decisionById(tx, applied.id)!, status: applied.status };
}

/** A supervisor's approval or return of the decision awaiting approval: always the current one. */
function review(tx: WriteTx, user: User, kind: 'decision.approve' | 'decision.return', r: { claimId: string; decisionId: string; note: string }) {
  const current = currentDecision(tx, r.claimId);
  const applied = mutateClaim(tx, user, r.claimId, { kind, payload: { decisionId: r.decisionId, note: r.note } }, () => {
    if (current?.id !== r.decisionId) throw new ContractError('INVALID_STATE', `decision ${r.decisionId} is not the one awaiting approval on this claim`);
    (kind === 'decision.approve' ? writeApproval : writeReturn)(tx, r.claimId, r.decisionId, r.note);
  });
  return { decision: decisionById(tx, r.decisionId)!, status: applied.status };
}

export const decisionServices = (ctx: ServiceContext): Slice<'decision.context' | 'decision.submit' | 'decision.approve' | 'decision.return'> => ({
  'decision.context': (r) => {
    const { payout: _payout, ...shown } = context(ctx.db, currentUser(ctx), r.claimId);
    return shown;
  },
  'decision.submit': (r) => {
    const user = currentUser(ctx);
    return ctx.transact(user.id, (tx) => submit(tx, user, r));
  },
  'decision.approve': (r) => {
    const user = currentUser(ctx);
    return ctx.transact(user.id, (tx) => review(tx, user, 'decision.approve', r));
  },
  'decision.return': (r) => {
    const user = currentUser(ctx);
    return ctx.transact(user.id, (tx) => review(tx, user, 'decision.return', r));
  },
});
