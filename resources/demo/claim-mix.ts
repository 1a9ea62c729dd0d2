import type { ClaimMix } from './claim-builder';
import { PROBLEMS, type CancerType } from './clinical/plan';
import { PROBLEM_TYPES } from './clinical/problems';
import type { Random } from './random';

// How many claims of each cancer type (lung most common, then breast, colorectal, gastric, liver, and
// the rarer CAR-T claims) and which claims carry a problem: about 6% of claims for each problem.

const SHARE: Record<CancerType, number> = { NSCLC: 30, BREAST: 18, CRC: 14, GASTRIC: 12, HCC: 12, LBCL: 7, MM: 7 };
const PROBLEM_RATE_PERCENT = 6;

/** Claims per type by largest remainder, so the counts add up to n and follow the shares. */
function typeCounts(n: number): Map<CancerType, number> {
  const types = Object.keys(SHARE) as CancerType[];
  const exact = types.map((t) => ({ t, base: Math.floor((n * SHARE[t]) / 100), rest: (n * SHARE[t]) % 100 }));
  let left = n - exact.reduce((s, e) => s + e.base, 0);
  for (const e of [...exact].sort((a, b) => b.rest - a.rest)) {
    if (left === 0) break;
    e.base += 1;
    left -= 1;
  }
  return new Map(exact.map((e) => [e.t, e.base]));
}

export function claimMix(n: number, rng: Random): ClaimMix[] {
  const types = rng.shuffle([...typeCounts(n)].flatMap(([t, count]) => Array.from({ length: count }, () => t)));
  const mix: ClaimMix[] = types.map((cancerType) => ({ cancerType, problem: null }));
  const quota = Math.ceil((n * PROBLEM_RATE_PERCENT) / 100);
  for (const problem of PROBLEMS) {
    let given = 0;
    for (const i of rng.shuffle(mix.map((_, i) => i))) {
      if (given === quota) break;
      const m = mix[i]!;
      if (m.problem === null && PROBLEM_TYPES[problem].includes(m.cancerType)) {
        m.problem = problem;
        given += 1;
      }
    }
  }
  return mix;
}
