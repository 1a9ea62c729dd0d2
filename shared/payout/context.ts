import type { Verdict } from '../domain/vocabulary';

/** What the caller knows beyond the case: the payout does not compute pathway verdicts itself. */
export interface PayoutContext {
  /** Verdicts of the pathway check by treatment id (e.g. from checkPathway); absent: none known. */
  pathwayVerdicts?: ReadonlyMap<string, Verdict>;
  /** A printed drug name to its English generic name (docs/pathway-rules.md §1, Chinese names included). */
  normaliseDrug?: (name: string) => string;
}

/** English names match ignoring case and surrounding spaces when no edition's name table is given. */
const trimLower = (name: string) => name.trim().toLowerCase();

export function drugNormaliser(context: PayoutContext): (name: string) => string {
  return context.normaliseDrug ?? trimLower;
}
