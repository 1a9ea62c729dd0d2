import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { queryKeys } from '../common/query-keys';

/** How often the queue counts are asked again while the screen is open (other writers: sync, a colleague's approval). */
const REFRESH_MS = 15_000;

/** The live counts of my role queues (my claims, medical review, approvals); every claim write refreshes them too. */
export function useQueueCounts() {
  return useQuery({ queryKey: queryKeys.queues, queryFn: () => api['claims.queues']({}), refetchInterval: REFRESH_MS });
}

/** The count a built-in view shows, by the view's id; null for views without one. */
export function queueCountOf(counts: { mine: number; medicalReview: number | null; approvals: number | null } | undefined, viewId: string): number | null {
  if (!counts) return null;
  if (viewId === 'builtin:mine') return counts.mine;
  if (viewId === 'builtin:medical-review') return counts.medicalReview;
  if (viewId === 'builtin:approvals') return counts.approvals;
  return null;
}
