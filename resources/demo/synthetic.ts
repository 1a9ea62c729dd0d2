import type { DatasetClaim } from '../../shared/domain/dataset';
import { claimNumber, renumberPolicy, SYNTHETIC_SERIAL_BASE } from './numbers';
import { idNumber } from './id-number';
import { personName, REGIONS } from './people';
import { createRandom, type Random } from './random';
import { intake, isClinical, routing } from './workflow';

// Claims for scale (the bench, the worklist at 100,000 rows): each takes a demo claim as template
// and reuses its documents (the same files) and clinical case, under a new claim number, claimant,
// amount, status, priority, dates and assignee. A generator, so memory stays flat however many.

const ALL_REGIONS = Object.values(REGIONS).flat();

/**
 * `fen x percent / 100` rounded down, in exact integers: the product is a safe integer and the
 * division is of an exact multiple of 100. (shared/money's percentOf goes through BigInt, which
 * costs more than the rest of a synthetic claim together.)
 */
function percentOfDown(fen: number, percent: number): number {
  const product = fen * percent;
  if (!Number.isSafeInteger(product)) throw new RangeError(`amount too large to scale: ${fen}`);
  return (product - (product % 100)) / 100;
}

function birthDate(rng: Random): string {
  return `${rng.int(1944, 1988)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}


export function* syntheticClaims(n: number, seed: number, templates: DatasetClaim[]): Generator<DatasetClaim> {
  if (templates.length === 0) throw new Error('syntheticClaims needs at least one template claim');
  if (SYNTHETIC_SERIAL_BASE + n > 1_000_000) throw new RangeError(`at most ${1_000_000 - SYNTHETIC_SERIAL_BASE} synthetic claims`);
  const rng = createRandom(seed);
  for (let i = 0; i < n; i++) {
    const t = templates[rng.int(0, templates.length - 1)]!;
    const serial = SYNTHETIC_SERIAL_BASE + i;
    const sex = t.claimant.sex;
    const born = birthDate(rng);
    const region = rng.pick(ALL_REGIONS);
    const arrival = intake(rng, t.problems.some(isClinical));
    // A synthetic claim costs 60% to 160% of its template, scaled in integer fen.
    const percent = rng.int(60, 160);
    const claimedFen = percentOfDown(t.claimedFen, percent);
    const route = routing(rng, arrival, { cellTherapy: t.cancerType === 'LBCL' || t.cancerType === 'MM', claimedFen, serial });
    const number = claimNumber(arrival.receivedDate, serial);
    yield {
      ...t,
      claimNumber: number,
      status: route.status,
      priority: route.priority,
      receivedAt: arrival.receivedAt,
      slaDue: route.slaDue,
      assigneeId: route.assigneeId,
      claimant: { name: personName(rng, sex), idNumber: idNumber(region.code, born, sex, rng.int(0, 499)), sex, birthDate: born },
      policy: { ...t.policy, policyNumber: renumberPolicy(t.policy.policyNumber, serial) },
      claimedFen,
      case: {
        ...t.case,
        caseId: number,
        patient: { ...t.case.patient, sex, birthDate: born },
        claim: {
          ...t.case.claim,
          expenses: t.case.claim.expenses.map((e) => ({
            ...e,
            amountFen: percentOfDown(e.amountFen, percent),
            socialInsurancePaidFen: percentOfDown(e.socialInsurancePaidFen ?? 0, percent),
          })),
        },
      },
    };
  }
}
