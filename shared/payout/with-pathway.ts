import type { PayoutCase } from '../domain/case';
import type { Verdict } from '../domain/vocabulary';
import { buildDrugNameIndex, lookupDrugName } from '../pathway/drug-names';
import type { Edition } from '../pathway/edition-schema';
import { checkPathway } from '../pathway/evaluate';
import { calculatePayout } from './calculate';
import type { PayoutContext } from './context';
import type { ProductEdition } from './product-schema';
import type { PayoutResult } from './result';

const normalisers = new WeakMap<Edition, (name: string) => string>();

/** The edition's drug-name table as a normaliser (English in any case, or the Chinese name). */
function normaliserOf(edition: Edition): (name: string) => string {
  let normalise = normalisers.get(edition);
  if (!normalise) {
    const index = buildDrugNameIndex(edition);
    normalise = (name) => lookupDrugName(name, index).name;
    normalisers.set(edition, normalise);
  }
  return normalise;
}

/** The context calculatePayout needs from a pathway edition: its verdicts for the case, its drug names. */
export function pathwayContext(c: PayoutCase, edition: Edition): PayoutContext {
  const normaliseDrug = normaliserOf(edition);
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
