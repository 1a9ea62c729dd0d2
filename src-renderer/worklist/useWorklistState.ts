import { useEffect, useRef, useState } from 'react';
import type { SavedView, WorklistFilter } from '../../shared/domain/worklist';
import { useStoredState } from '../common/useStoredState';
import { useWorklistRequest } from '../frame/worklist-request';
import type { WorklistSort } from './worklist-sort';

export const ALL_VIEW = 'builtin:all';

const isString = (v: unknown): v is string => typeof v === 'string';

export interface WorklistState {
  active: SavedView | undefined;
  select: (viewId: string) => void;
  filter: WorklistFilter;
  setFilter: (filter: WorklistFilter) => void;
  sort: WorklistSort;
  setSort: (sort: WorklistSort) => void;
  quick: string;
  setQuick: (quick: string) => void;
  /** Back to the active view's own filters, sort and search. */
  reset: () => void;
}

/**
 * The worklist's query state. A view sets filter, sort and search; the user may then refine them.
 * A view is (re)applied when it is selected or when main recomputes it (another user, another day);
 * a search from the top bar switches to "All" with that text, the rail's Approvals to that queue.
 */
export function useWorklistState(views: readonly SavedView[] | undefined): WorklistState {
  const [activeId, setActiveId] = useStoredState('claimdesk.worklist.view', ALL_VIEW, isString);
  const [filter, setFilter] = useState<WorklistFilter>({});
  const [sort, setSort] = useState<WorklistSort>([]);
  const [quick, setQuick] = useState('');
  const active = views?.find((v) => v.id === activeId) ?? views?.find((v) => v.id === ALL_VIEW);
  const applied = useRef<SavedView | null>(null);
  const handledRequest = useRef<number | null>(null);
  const request = useWorklistRequest();

  useEffect(() => {
    if (!active) return;
    const fresh = request !== null && request.seq !== handledRequest.current;
    const wanted = fresh ? request.viewId ?? ALL_VIEW : null;
    if (wanted && active.id !== wanted && views?.some((v) => v.id === wanted)) {
      setActiveId(wanted);
      return;
    }
    if (!fresh && applied.current === active) return;
    applied.current = active;
    if (request) handledRequest.current = request.seq;
    setFilter(active.state.filter);
    setSort(active.state.sort);
    setQuick(fresh && request.text !== undefined ? request.text : active.state.quick ?? '');
  }, [active, request, setActiveId, views]);

  const reset = (): void => {
    if (!active) return;
    setFilter(active.state.filter);
    setSort(active.state.sort);
    setQuick(active.state.quick ?? '');
  };

  return { active, select: setActiveId, filter, setFilter, sort, setSort, quick, setQuick, reset };
}
