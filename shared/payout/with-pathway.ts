import type { PayoutCase } from '../domain/case';
import type { Verdict } from '../domain/vocabulary';
import type { Edition } from '../pathway/edition-schema';
import { checkPathway, normaliseDrugName } from '../pathway/evaluate';
import { calculatePayout } from './calculate';
import type { PayoutContext } from './context';
import type { ProductEdition } from './product-schema';
import type { PayoutResult } from './result';

/** What calculatePayout needs from a pathway edition: its verdicts for the case and its drug names. */
export function pathwayContext(c: PayoutCase, edition: Edition): PayoutContext {
  const normaliseDrug = (name: string) => normaliseDrugName(name, edition);
  // The check is only needed when some line leaves its verdict to it.
  if (c.claim.expenses.every((e) => e.pathwayVerdict != null)) return { normaliseDrug };
  const pathwayVerdicts = new Map<string, Verdict>();
  for (const line of checkPathway(c, edition).lines) {
    if (!pathwayVerdicts.has(line.id)) pathwayVerdicts.set(line.id, line.verdict);
  }
  return { pathwayVerdicts, normaliseDrug };
}

/** calculatePayout with the pathway check of the same case supplying the verdicts. */
export function payoutWithPathway(c: PayoutCase, products: ProductEdition, edition: Edition): PayoutResult {
  return calculatePayout(c, products, pathwayContext(c, edition));
}
