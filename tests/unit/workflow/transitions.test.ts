import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/domain/claim';
import { MUTATION_KINDS, OUTCOMES, type ClaimMutation, type MutationKind, type Outcome } from '../../../shared/workflow/mutations';
import { mayMake, nextState, type WorkflowClaim, type WorkflowUser } from '../../../shared/workflow/transitions';

// The transition table of docs/workflow.md, every (state x mutation x actor) triple of it. The expected
// answer is written here from the document's two tables ("Transitions" and "Who may make each
// mutation") and its refusal rules, not read from TRANSITIONS, so a wrong row in the code shows up.

// ---- the actors -------------------------------------------------------------------------------------

interface Actor { name: string; user: WorkflowUser; assigneeId: string; makerId: string }

const ADJ: WorkflowUser = { id: 'adj', roles: ['adjuster'], authorityLimitFen: 5_000_000 };
const OTHER_ADJ: WorkflowUser = { id: 'adj-other', roles: ['adjuster'], authorityLimitFen: 2_000_000 };
const MED: WorkflowUser = { id: 'med', roles: ['medical_reviewer'], authorityLimitFen: 0 };
const SUP: WorkflowUser = { id: 'sup', roles: ['supervisor'], authorityLimitFen: 100_000_000 };
const SUP_MAKER: WorkflowUser = { id: 'sup-maker', roles: ['supervisor', 'adjuster'], authorityLimitFen: 100_000_000 };
const SUP_ASSIGNEE: WorkflowUser = { id: 'sup-assignee', roles: ['supervisor'], authorityLimitFen: 100_000_000 };
const SUP_OWN: WorkflowUser = { id: 'sup-own', roles: ['supervisor', 'adjuster'], authorityLimitFen: 100_000_000 };

/** Each actor with the claim as it stands for them: who holds it and who made its decision. */
const ACTORS: readonly Actor[] = [
  { name: 'the assignee (adjuster)', user: ADJ, assigneeId: ADJ.id, makerId: ADJ.id },
  { name: 'another adjuster', user: OTHER_ADJ, assigneeId: ADJ.id, makerId: ADJ.id },
  { name: 'a medical reviewer', user: MED, assigneeId: ADJ.id, makerId: ADJ.id },
  { name: 'a supervisor, not the maker', user: SUP, assigneeId: ADJ.id, makerId: ADJ.id },
  { name: 'a supervisor-adjuster who made the decision', user: SUP_MAKER, assigneeId: ADJ.id, makerId: SUP_MAKER.id },
  { name: 'a supervisor who is the assignee', user: SUP_ASSIGNEE, assigneeId: SUP_ASSIGNEE.id, makerId: ADJ.id },
  { name: 'a supervisor-adjuster who is the assignee and the maker', user: SUP_OWN, assigneeId: SUP_OWN.id, makerId: SUP_OWN.id },
];

// ---- the mutations --------------------------------------------------------------------------------

type Amount = 'under' | 'at' | 'over';
interface Variant { kind: MutationKind; outcome?: Outcome; amount?: Amount }

const OTHER_KINDS: readonly MutationKind[] = [
  'document.attach', 'field.correct', 'field.confirm', 'expense.include', 'pathway.override', 'decision.approve',
  'decision.return', 'claim.refer', 'review.complete', 'claim.assign', 'audit.finding',
];
const AMOUNTS: readonly Amount[] = ['under', 'at', 'over'];
const VARIANTS: readonly Variant[] = [
  ...OTHER_KINDS.map((kind) => ({ kind })),
  ...OUTCOMES.flatMap((outcome) => AMOUNTS.map((amount) => ({ kind: 'decision.submit' as const, outcome, amount }))),
];

/** payableFen relative to the maker's authority: 1 fen under it, exactly it, 1 fen over it. */
const payableFor = (user: WorkflowUser, amount: Amount): number =>
  Math.max(0, user.authorityLimitFen + (amount === 'under' ? -1 : amount === 'at' ? 0 : 1));

const HASH = 'a'.repeat(64);

function mutationOf(v: Variant, user: WorkflowUser): ClaimMutation {
  switch (v.kind) {
    case 'document.attach': return { kind: v.kind, payload: { documentId: HASH, documentType: 'prescription', fileName: 'rx.pdf' } };
    case 'field.correct': return { kind: v.kind, payload: { documentId: 'D1', key: 'totalFen', value: 2, previousValue: 1, reason: 'misread' } };
    case 'field.confirm': return { kind: v.kind, payload: { documentId: 'D1', key: 'totalFen', value: 1 } };
    case 'expense.include': return { kind: v.kind, payload: { expenseLineId: 'E1', included: false, reason: 'duplicate' } };
    case 'pathway.override': return { kind: v.kind, payload: { treatmentId: 'T1', verdict: 'in_pathway', justification: 'report seen' } };
    case 'decision.submit': return {
      kind: v.kind,
      payload: { outcome: v.outcome!, payableFen: payableFor(user, v.amount!), reasons: ['APPROVED'], note: '', editions: { pathway: 'CDP-2025.1', payout: 'PAY-2025.1' }, inputsHash: HASH },
    };
    case 'decision.approve': return { kind: v.kind, payload: { decisionId: 'DEC', note: '' } };
    case 'decision.return': return { kind: v.kind, payload: { decisionId: 'DEC', note: 'recheck' } };
    case 'claim.refer': return { kind: v.kind, payload: { note: 'please look' } };
    case 'review.complete': return { kind: v.kind, payload: { note: 'in pathway' } };
    case 'claim.assign': return { kind: v.kind, payload: { assigneeId: 'adj-other', note: '' } };
    case 'audit.finding': return { kind: v.kind, payload: { sampleId: 'S1', agree: true, reasonCode: null, note: '' } };
  }
}

// ---- the expectation, from docs/workflow.md ---------------------------------------------------------

type Expected = { ok: true; to: ClaimStatus } | { ok: false; refusal: 'invalid_state' | 'forbidden' };

/** "States where it applies", the third column of "Who may make each mutation". */
const APPLIES_IN: Record<MutationKind, readonly ClaimStatus[]> = {
  'document.attach': ['in_review', 'awaiting_medical_review', 'pending_info'],
  'field.correct': ['in_review', 'awaiting_medical_review'],
  'field.confirm': ['in_review', 'awaiting_medical_review'],
  'expense.include': ['in_review', 'awaiting_medical_review'],
  'pathway.override': ['awaiting_medical_review'],
  'claim.refer': ['in_review'],
  'review.complete': ['awaiting_medical_review'],
  'decision.submit': ['in_review'],
  'decision.approve': ['awaiting_approval'],
  'decision.return': ['awaiting_approval'],
  'claim.assign': ['new', 'in_review', 'pending_info', 'awaiting_medical_review', 'awaiting_approval'],
  'audit.finding': ['decided'],
};

function expected(status: ClaimStatus, actor: Actor, v: Variant): Expected {
  const { user } = actor;
  const has = (role: WorkflowUser['roles'][number]) => user.roles.includes(role);
  // "The assignee": the user the claim is assigned to, in a role that works claims.
  const assignee = actor.assigneeId === user.id && (has('adjuster') || has('supervisor'));
  const medical = has('medical_reviewer');
  const supervisor = has('supervisor');
  const notMaker = actor.makerId !== user.id;
  // "A mutation by the assignee on a new claim first moves it to in_review and is then judged there."
  const s: ClaimStatus = status === 'new' && assignee ? 'in_review' : status;
  const ok = (to: ClaimStatus): Expected => ({ ok: true, to });

  switch (v.kind) {
    case 'document.attach':
      if (assignee && (s === 'in_review' || s === 'awaiting_medical_review')) return ok(s);
      if (medical && s === 'awaiting_medical_review') return ok(s);
      if (assignee && s === 'pending_info') return ok('in_review');
      break;
    case 'field.correct': case 'field.confirm': case 'expense.include':
      if (assignee && (s === 'in_review' || s === 'awaiting_medical_review')) return ok(s);
      if (medical && s === 'awaiting_medical_review') return ok(s);
      break;
    case 'pathway.override':
      if (medical && s === 'awaiting_medical_review') return ok(s);
      break;
    case 'claim.refer':
      if (assignee && s === 'in_review') return ok('awaiting_medical_review');
      break;
    case 'review.complete':
      if (medical && s === 'awaiting_medical_review') return ok('in_review');
      break;
    case 'decision.submit':
      if (assignee && s === 'in_review') {
        if (v.outcome === 'pend') return ok('pending_info');
        return ok(payableFor(user, v.amount!) > user.authorityLimitFen ? 'awaiting_approval' : 'decided');
      }
      break;
    case 'decision.approve':
      if (supervisor && notMaker && s === 'awaiting_approval') return ok('decided');
      break;
    case 'decision.return':
      if (supervisor && notMaker && s === 'awaiting_approval') return ok('in_review');
      break;
    case 'claim.assign':
      if (supervisor && s !== 'decided' && s !== 'withdrawn') return ok(s);
      break;
    case 'audit.finding':
      if (supervisor && s === 'decided') return ok(s);
      break;
  }
  // Refused. Where the state admits the mutation, only the user can be what is wrong: forbidden.
  if (APPLIES_IN[v.kind].includes(s)) return { ok: false, refusal: 'forbidden' };
  // Otherwise the state is wrong; and if the user could not make it in any state either, forbidden wins.
  const whoMay: Record<MutationKind, boolean> = {
    'document.attach': assignee || medical,
    'field.correct': assignee || medical,
    'field.confirm': assignee || medical,
    'expense.include': assignee || medical,
    'pathway.override': medical,
    'claim.refer': assignee,
    'review.complete': medical,
    'decision.submit': assignee,
    'decision.approve': supervisor && notMaker,
    'decision.return': supervisor && notMaker,
    'claim.assign': supervisor,
    'audit.finding': supervisor,
  };
  return { ok: false, refusal: whoMay[v.kind] ? 'invalid_state' : 'forbidden' };
}

// ---- the triples ----------------------------------------------------------------------------------

const claimOf = (status: ClaimStatus, actor: Actor): WorkflowClaim => ({ status, assigneeId: actor.assigneeId, decisionMakerId: actor.makerId });
const label = (status: ClaimStatus, actor: Actor, v: Variant) =>
  `${status} | ${v.kind}${v.outcome ? ` ${v.outcome} ${v.amount} authority` : ''} | ${actor.name}`;

const TRIPLES = CLAIM_STATUSES.flatMap((status) => ACTORS.flatMap((actor) => VARIANTS.map((v) => ({ status, actor, v }))));

describe('the transition table, exhaustively', () => {
  it('covers every state, every mutation kind and every decision outcome', () => {
    expect([...CLAIM_STATUSES]).toEqual(['new', 'in_review', 'pending_info', 'awaiting_medical_review', 'awaiting_approval', 'decided', 'withdrawn']);
    expect(new Set([...OTHER_KINDS, 'decision.submit'])).toEqual(new Set(MUTATION_KINDS));
    expect(VARIANTS).toHaveLength(11 + 4 * 3);
    expect(TRIPLES).toHaveLength(7 * 23 * 7);
  });

  it('answers every triple as docs/workflow.md says', () => {
    const mismatches: string[] = [];
    for (const { status, actor, v } of TRIPLES) {
      const want = expected(status, actor, v);
      const got = nextState(claimOf(status, actor), mutationOf(v, actor.user), actor.user);
      const wantShape = want.ok ? { ok: true, from: status, to: want.to } : { ok: false, refusal: want.refusal };
      const gotShape = got.ok ? { ok: true, from: got.from, to: got.to } : { ok: false, refusal: got.refusal };
      if (JSON.stringify(wantShape) !== JSON.stringify(gotShape)) mismatches.push(`${label(status, actor, v)}: expected ${JSON.stringify(wantShape)}, got ${JSON.stringify(gotShape)}`);
      // mayMake is the same judgement without the payload (the authority only decides where a decision goes).
      const may = mayMake(claimOf(status, actor), v.kind, actor.user, v.outcome);
      const mayShape = may.ok ? { ok: true } : { ok: false, refusal: may.refusal };
      const wantMay = want.ok ? { ok: true } : { ok: false, refusal: want.refusal };
      if (JSON.stringify(mayShape) !== JSON.stringify(wantMay)) mismatches.push(`mayMake ${label(status, actor, v)}: expected ${JSON.stringify(wantMay)}, got ${JSON.stringify(mayShape)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('allows exactly the counted triples', () => {
    const allowed = TRIPLES.filter(({ status, actor, v }) => nextState(claimOf(status, actor), mutationOf(v, actor.user), actor.user).ok);
    const byActor = Object.fromEntries(ACTORS.map((a) => [a.name, allowed.filter((t) => t.actor === a).length]));
    // Counted by hand from the document's tables (new counts as in_review for the assignee):
    //  assignee adjuster: new 17 + in_review 17 + pending_info 1 + medical review 4 = 39
    //  supervisor assignee: the assignee's 39 + claim.assign in 5 states + approve/return + audit.finding = 47
    //  supervisor assignee and maker: 39 + 5 assign + audit.finding = 45
    //  medical reviewer: 6 in awaiting_medical_review; supervisor: 5 assign + 2 + 1 = 8; maker: 5 + 1 = 6; other adjuster: 0
    expect(byActor).toEqual({
      'the assignee (adjuster)': 39,
      'another adjuster': 0,
      'a medical reviewer': 6,
      'a supervisor, not the maker': 8,
      'a supervisor-adjuster who made the decision': 6,
      'a supervisor who is the assignee': 47,
      'a supervisor-adjuster who is the assignee and the maker': 45,
    });
    expect(allowed).toHaveLength(151);
    const refusals = TRIPLES.map(({ status, actor, v }) => nextState(claimOf(status, actor), mutationOf(v, actor.user), actor.user))
      .filter((r) => !r.ok).map((r) => (r.ok ? '' : r.refusal));
    expect(refusals).toHaveLength(7 * 23 * 7 - 151);
    expect(new Set(refusals)).toEqual(new Set(['invalid_state', 'forbidden']));
  });
});

describe('the table, by example', () => {
  const claim = (status: ClaimStatus, assigneeId: string | null = ADJ.id, decisionMakerId: string | null = null): WorkflowClaim => ({ status, assigneeId, decisionMakerId });
  const submit = (outcome: Outcome, payableFen: number): ClaimMutation => ({
    kind: 'decision.submit', payload: { outcome, payableFen, reasons: [], note: '', editions: { pathway: 'P', payout: 'Q' }, inputsHash: HASH },
  });
  const approve: ClaimMutation = { kind: 'decision.approve', payload: { decisionId: 'DEC', note: '' } };

  it('lets the assignee decide a new claim: it enters in_review, then the decision applies', () => {
    expect(nextState(claim('new'), submit('approve', 4_000_000), ADJ)).toEqual({ ok: true, from: 'new', to: 'decided' });
    expect(nextState(claim('new'), submit('pend', 0), ADJ)).toEqual({ ok: true, from: 'new', to: 'pending_info' });
    expect(nextState(claim('new'), { kind: 'claim.refer', payload: { note: 'x' } }, ADJ)).toEqual({ ok: true, from: 'new', to: 'awaiting_medical_review' });
    expect(nextState(claim('new'), { kind: 'field.confirm', payload: { documentId: 'D', key: 'k', value: 1 } }, ADJ)).toEqual({ ok: true, from: 'new', to: 'in_review' });
  });

  it('decides at exactly the authority limit and sends 1 fen more to approval', () => {
    expect(nextState(claim('in_review'), submit('approve', 5_000_000), ADJ)).toMatchObject({ ok: true, to: 'decided' });
    expect(nextState(claim('in_review'), submit('partial', 5_000_001), ADJ)).toMatchObject({ ok: true, to: 'awaiting_approval' });
    expect(nextState(claim('in_review'), submit('deny', 0), ADJ)).toMatchObject({ ok: true, to: 'decided' });
  });

  it('keeps four eyes whatever the roles, and forbidden wins over the state', () => {
    expect(nextState(claim('awaiting_approval', SUP_OWN.id, SUP_OWN.id), approve, SUP_OWN)).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(nextState(claim('awaiting_approval', ADJ.id, ADJ.id), approve, SUP)).toEqual({ ok: true, from: 'awaiting_approval', to: 'decided' });
    expect(nextState(claim('in_review'), approve, ADJ)).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(nextState(claim('in_review'), approve, SUP)).toMatchObject({ ok: false, refusal: 'invalid_state' });
    expect(nextState(claim('decided'), submit('approve', 1), ADJ)).toMatchObject({ ok: false, refusal: 'invalid_state' });
    expect(nextState(claim('decided'), submit('approve', 1), OTHER_ADJ)).toMatchObject({ ok: false, refusal: 'forbidden' });
  });

  it('refuses the workers of an unassigned new claim until a supervisor assigns it', () => {
    const attach: ClaimMutation = { kind: 'document.attach', payload: { documentId: HASH, documentType: 'other', fileName: 'a.pdf' } };
    expect(nextState(claim('new', null), attach, ADJ)).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(nextState(claim('new', null), attach, MED)).toMatchObject({ ok: false, refusal: 'invalid_state' });
    expect(nextState(claim('new', null), { kind: 'claim.assign', payload: { assigneeId: ADJ.id, note: '' } }, SUP)).toEqual({ ok: true, from: 'new', to: 'new' });
  });
});
