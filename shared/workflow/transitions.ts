import type { ClaimStatus, User } from '../domain/claim';
import type { ClaimMutation, MutationKind } from './mutations';

// The claim workflow of docs/workflow.md as data, and the one pure function that reads it. The
// workstation refuses locally what the centre would refuse, and the centre judges with the same
// function, so the two can never disagree about what a mutation may do.

/** Who may make a mutation, given the claim and its current decision. */
export type Actor =
  | 'assignee' // the claim's assignee, as an adjuster
  | 'assignee_or_medical_reviewer'
  | 'medical_reviewer'
  | 'supervisor'
  | 'supervisor_not_maker'; // four eyes: never the maker of the decision at stake

/** Where the claim goes: a state, `unchanged`, or for decisions the maker's authority decides. */
export type Target = ClaimStatus | 'unchanged' | 'by_authority';

export interface Transition {
  from: readonly ClaimStatus[];
  kind: MutationKind;
  /** For decision.submit: which outcomes the row covers. */
  outcomes?: readonly ('approve' | 'partial' | 'deny' | 'pend')[];
  who: Actor;
  to: Target;
}

const OPEN: readonly ClaimStatus[] = ['new', 'in_review', 'pending_info', 'awaiting_medical_review', 'awaiting_approval'];

/** The transition table. A state a row does not list does not allow the mutation. */
export const TRANSITIONS: readonly Transition[] = [
  { from: ['in_review'], kind: 'decision.submit', outcomes: ['pend'], who: 'assignee', to: 'pending_info' },
  { from: ['in_review'], kind: 'decision.submit', outcomes: ['approve', 'partial', 'deny'], who: 'assignee', to: 'by_authority' },
  { from: ['pending_info'], kind: 'document.attach', who: 'assignee', to: 'in_review' },
  { from: ['in_review'], kind: 'claim.refer', who: 'assignee', to: 'awaiting_medical_review' },
  { from: ['awaiting_medical_review'], kind: 'review.complete', who: 'medical_reviewer', to: 'in_review' },
  { from: ['awaiting_approval'], kind: 'decision.approve', who: 'supervisor_not_maker', to: 'decided' },
  { from: ['awaiting_approval'], kind: 'decision.return', who: 'supervisor_not_maker', to: 'in_review' },
  { from: OPEN, kind: 'claim.assign', who: 'supervisor', to: 'unchanged' },
  { from: ['in_review'], kind: 'field.correct', who: 'assignee', to: 'unchanged' },
  { from: ['in_review'], kind: 'field.confirm', who: 'assignee', to: 'unchanged' },
  { from: ['in_review'], kind: 'expense.include', who: 'assignee', to: 'unchanged' },
  { from: ['in_review'], kind: 'document.attach', who: 'assignee', to: 'unchanged' },
  { from: ['awaiting_medical_review'], kind: 'field.correct', who: 'assignee_or_medical_reviewer', to: 'unchanged' },
  { from: ['awaiting_medical_review'], kind: 'field.confirm', who: 'assignee_or_medical_reviewer', to: 'unchanged' },
  { from: ['awaiting_medical_review'], kind: 'expense.include', who: 'assignee_or_medical_reviewer', to: 'unchanged' },
  { from: ['awaiting_medical_review'], kind: 'document.attach', who: 'assignee_or_medical_reviewer', to: 'unchanged' },
  { from: ['awaiting_medical_review'], kind: 'pathway.override', who: 'medical_reviewer', to: 'unchanged' },
  { from: ['decided'], kind: 'audit.finding', who: 'supervisor', to: 'unchanged' },
];

/** The claim as the workflow needs it. */
export interface WorkflowClaim {
  status: ClaimStatus;
  assigneeId: string | null;
  /** The maker of the decision awaiting approval, if any. */
  decisionMakerId: string | null;
}

export type WorkflowUser = Pick<User, 'id' | 'roles' | 'authorityLimitFen'>;

export type WorkflowResult =
  | { ok: true; from: ClaimStatus; to: ClaimStatus }
  | { ok: false; refusal: 'invalid_state' | 'forbidden'; message: string };

function mayAct(who: Actor, claim: WorkflowClaim, user: WorkflowUser): boolean {
  const has = (role: User['roles'][number]) => user.roles.includes(role);
  const isAssignee = claim.assigneeId !== null && claim.assigneeId === user.id;
  switch (who) {
    case 'assignee': return isAssignee && (has('adjuster') || has('supervisor'));
    case 'assignee_or_medical_reviewer': return (isAssignee && (has('adjuster') || has('supervisor'))) || has('medical_reviewer');
    case 'medical_reviewer': return has('medical_reviewer');
    case 'supervisor': return has('supervisor');
    case 'supervisor_not_maker': return has('supervisor') && claim.decisionMakerId !== user.id;
  }
}

type OutcomeOf = Transition['outcomes'] extends readonly (infer O)[] | undefined ? O : never;

const covers = (row: Transition, kind: MutationKind, outcome: OutcomeOf | undefined): boolean =>
  row.kind === kind && (!row.outcomes || (outcome !== undefined && row.outcomes.includes(outcome)));

type Judgement = { ok: true; row: Transition; state: ClaimStatus } | { ok: false; refusal: 'invalid_state' | 'forbidden'; message: string };

/**
 * The row that lets `user` make a mutation of `kind` on `claim`, or why none does. A claim still `new`
 * enters `in_review` at its assignee's first mutation, which then applies from there. A request that
 * both comes from someone who may not make it and meets a state that does not allow it is `forbidden`.
 */
function judge(claim: WorkflowClaim, kind: MutationKind, outcome: OutcomeOf | undefined, user: WorkflowUser): Judgement {
  const rows = TRANSITIONS.filter((row) => covers(row, kind, outcome));
  const entering = claim.status === 'new' && claim.assigneeId === user.id;
  const state: ClaimStatus = entering ? 'in_review' : claim.status;
  const here = rows.filter((row) => row.from.includes(state));
  const permitted = here.find((row) => mayAct(row.who, claim, user));
  if (permitted) return { ok: true, row: permitted, state };
  if (here.length > 0 || !rows.some((row) => mayAct(row.who, claim, user))) {
    return { ok: false, refusal: 'forbidden', message: `${user.id} may not make ${kind} on this claim (${state})` };
  }
  return { ok: false, refusal: 'invalid_state', message: `${kind} is not allowed while the claim is ${claim.status}` };
}

/** Where `mutation` by `user` takes `claim`, or why it may not. */
export function nextState(claim: WorkflowClaim, mutation: ClaimMutation, user: WorkflowUser): WorkflowResult {
  const outcome = mutation.kind === 'decision.submit' ? mutation.payload.outcome : undefined;
  const j = judge(claim, mutation.kind, outcome, user);
  if (!j.ok) return j;
  if (j.row.to === 'unchanged') return { ok: true, from: claim.status, to: j.state };
  if (j.row.to === 'by_authority') {
    const payable = mutation.kind === 'decision.submit' ? mutation.payload.payableFen : 0;
    return { ok: true, from: claim.status, to: payable > user.authorityLimitFen ? 'awaiting_approval' : 'decided' };
  }
  return { ok: true, from: claim.status, to: j.row.to };
}

export type Refusal = Extract<WorkflowResult, { ok: false }>;

/** Whether `user` may make a mutation of `kind` now, whatever its payload: for the UI's actions and local-only steps. */
export function mayMake(claim: WorkflowClaim, kind: MutationKind, user: WorkflowUser, outcome?: OutcomeOf): { ok: true } | Refusal {
  const j = judge(claim, kind, outcome, user);
  return j.ok ? { ok: true } : j;
}
