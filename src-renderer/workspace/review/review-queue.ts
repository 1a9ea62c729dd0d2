import type { Field } from '../../../shared/domain/workspace';
import { confidenceLevel } from '../fields/confidence';

// The confirmation loop's queue: the fields nobody has stood behind yet (status `extracted`), those
// read with less than high confidence first, each group in reading order. The order is fixed when the
// loop starts, because a correction sets the confidence to 1 and would otherwise move the field.

/** Where a queued field stands: still to review, confirmed or corrected, or no longer on the claim. */
export type QueueState = 'open' | 'resolved' | 'gone';

const isExtracted = (f: Field): boolean => f.status === 'extracted';

/** Unresolved fields, low confidence first, then the rest; `fields` in reading order. */
export function reviewOrder(fields: readonly Field[]): string[] {
  const open = fields.filter(isExtracted);
  const low = open.filter((f) => confidenceLevel(f.confidence) !== 'high');
  const rest = open.filter((f) => confidenceLevel(f.confidence) === 'high');
  return [...low, ...rest].map((f) => f.id);
}

/** The order kept, plus unresolved fields that turned up since (a document imported during the loop). */
export function extendOrder(order: readonly string[], fields: readonly Field[]): string[] {
  const known = new Set(order);
  return [...order, ...reviewOrder(fields).filter((id) => !known.has(id))];
}

/**
 * The next (delta 1) or previous (-1) open field from `currentId`, going round at the ends so a
 * skipped field comes back; null when nothing is open. From outside the queue: the first (or last).
 */
export function stepQueue(order: readonly string[], stateOf: (id: string) => QueueState, currentId: string | null, delta: 1 | -1): string | null {
  const n = order.length;
  const at = currentId === null ? -1 : order.indexOf(currentId);
  const start = at === -1 ? (delta === 1 ? n - 1 : 0) : at;
  for (let k = 1; k <= n; k++) {
    const id = order[(((start + delta * k) % n) + n) % n]!;
    if (stateOf(id) === 'open') return id;
  }
  return null;
}

/** How far the loop has got: queued fields now confirmed or corrected, of those still on the claim. */
export function reviewProgress(order: readonly string[], stateOf: (id: string) => QueueState): { resolved: number; total: number } {
  const states = order.map(stateOf).filter((s) => s !== 'gone');
  return { resolved: states.filter((s) => s === 'resolved').length, total: states.length };
}
