import type { Dataset, DatasetClaim } from '../../shared/domain/dataset';
import { syntheticClaims } from '../../resources/demo/synthetic';
import { demoDayOffset, shiftClaims } from './relative-dates';

/**
 * The claims a demo load writes: the dataset's, then `scale` synthetic ones (which reuse its documents),
 * all dated relative to `today` when it is given (see relative-dates.ts), as in the dataset when not.
 */
export function* demoClaims(dataset: Dataset, options: { scale?: number; today?: Date }): Generator<DatasetClaim> {
  const days = options.today ? demoDayOffset(dataset.generatedAt, options.today) : 0;
  yield* shiftClaims(dataset.claims, days);
  if (options.scale) yield* shiftClaims(syntheticClaims(options.scale, dataset.seed + 1, dataset.claims), days);
}
