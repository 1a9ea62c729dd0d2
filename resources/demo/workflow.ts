import type { ClaimStatus, Priority } from '../../shared/domain/claim';
import { addDays, beijingTimestamp, REFERENCE_DATE } from './calendar';
import type { Random } from './random';
import { ADJUSTER_IDS, DEMO_USERS } from './users';

// Where each claim stands in the queue on the demo's "now": status, priority, when it came in, its SLA
// deadline (some already passed) and who holds it. Claims with problems wait more often for
// information or a medical opinion; a decision above its maker's authority waits for a supervisor.
//
// The adjuster holds a claim throughout its workflow: the medical reviewer finds the claims awaiting
// medical review, and the supervisors those awaiting approval, by their status, not by assignment.

export type OpenStatus = Exclude<ClaimStatus, 'withdrawn'>;

export interface Intake {
  status: OpenStatus;
  receivedDate: string;
  receivedAt: string;
  /** Date of the invoice (discharge or clinic visit): days to weeks before the claim came in. */
  serviceDate: string;
}

export interface Routing {
  /** The intake's status, except that a claim within every adjuster's reach cannot await approval. */
  status: OpenStatus;
  priority: Priority;
  slaDue: string;
  assigneeId: string | null;
}

const SLA_DAYS: Record<Priority, number> = { urgent: 5, high: 10, normal: 30, low: 45 };
/** Days before "now" a claim in each status was received. */
const AGE_DAYS: Record<OpenStatus, readonly [number, number]> = {
  new: [0, 6], in_review: [2, 28], pending_info: [6, 42], awaiting_medical_review: [4, 30], awaiting_approval: [6, 35], decided: [20, 75],
};
/** The adjusters with their authority, the highest first. */
const ADJUSTERS = ADJUSTER_IDS.map((id) => ({ id, authorityLimitFen: DEMO_USERS.find((u) => u.id === id)!.authorityLimitFen }))
  .sort((a, b) => b.authorityLimitFen - a.authorityLimitFen);
/**
 * Above every adjuster's authority: such claims are urgent more often. It decides whether `routing`
 * draws a number, so changing it changes every claim generated after it (and their PDFs).
 */
const TOP_ADJUSTER_AUTHORITY_FEN = ADJUSTERS[0]!.authorityLimitFen;

/** Problems a reviewer must chase with the hospital or a doctor; a misprinted total is only a billing error. */
export const isClinical = (problem: string | null): boolean => problem !== null && problem !== 'invoice_total_mismatch';

function statusOf(rng: Random, clinicalProblem: boolean): OpenStatus {
  if (clinicalProblem && rng.chance(0.6)) {
    return rng.weighted([['pending_info', 3], ['awaiting_medical_review', 3], ['in_review', 1]] as const);
  }
  return rng.weighted([
    ['new', 20], ['in_review', 25], ['pending_info', 12], ['awaiting_medical_review', 13], ['awaiting_approval', 12], ['decided', 18],
  ] as const);
}

/** `clinicalProblem`: the claim has a problem a reviewer must chase (not a mere billing error). */
export function intake(rng: Random, clinicalProblem: boolean): Intake {
  const status = statusOf(rng, clinicalProblem);
  const [minAge, maxAge] = AGE_DAYS[status];
  const receivedDate = addDays(REFERENCE_DATE, -rng.int(minAge, maxAge));
  // Claims received "today" arrived before the demo's 09:00 now.
  const receivedAt = receivedDate === REFERENCE_DATE ? beijingTimestamp(receivedDate, 7, rng.int(0, 59))
    : beijingTimestamp(receivedDate, rng.int(8, 17), rng.int(0, 59));
  return { status, receivedDate, receivedAt, serviceDate: addDays(receivedDate, -rng.int(3, 25)) };
}

/**
 * `serial`: the claim's serial number, which picks the adjuster of claims whose holder is not drawn (so
 * that the draws, and with them every other generated value, stay as they were).
 */
export function routing(rng: Random, claim: Intake, opts: { cellTherapy: boolean; claimedFen: number; serial: number }): Routing {
  const aboveAuthority = opts.claimedFen > TOP_ADJUSTER_AUTHORITY_FEN;
  const priority: Priority = opts.cellTherapy || (aboveAuthority && rng.chance(0.3)) ? 'urgent'
    : rng.weighted([['high', 22], ['normal', 58], ['low', 15], ['urgent', 5]] as const);
  const bySerial = ADJUSTER_IDS[opts.serial % ADJUSTER_IDS.length]!;
  // Awaiting approval: a decision above its maker's authority, so made by the adjuster with the highest
  // authority the amount exceeds. An amount within every adjuster's authority needs no approval: the
  // claim is still in review.
  const maker = claim.status === 'awaiting_approval' ? ADJUSTERS.find((a) => opts.claimedFen > a.authorityLimitFen)?.id : undefined;
  const status: OpenStatus = claim.status === 'awaiting_approval' && maker === undefined ? 'in_review' : claim.status;
  const assigneeId = claim.status === 'new' ? (rng.chance(0.25) ? rng.pick(ADJUSTER_IDS) : null)
    : claim.status === 'awaiting_approval' ? maker ?? bySerial
      : claim.status === 'awaiting_medical_review' || (claim.status === 'decided' && aboveAuthority) ? bySerial
        : rng.pick(ADJUSTER_IDS);
  return { status, priority, slaDue: beijingTimestamp(addDays(claim.receivedDate, SLA_DAYS[priority]), 18, 0), assigneeId };
}
