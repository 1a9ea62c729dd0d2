import { useSyncExternalStore } from 'react';

// Other parts of the frame ask the worklist for something: the top bar's search hands it a text (shown
// under "All"), the rail's Approvals entry a view. A request is numbered, so asking for the same thing
// twice still counts as a new request.

export type WorklistRequest = { seq: number; text: string; viewId?: undefined } | { seq: number; viewId: string; text?: undefined };

let current: WorklistRequest | null = null;
const listeners = new Set<() => void>();

function publish(request: WorklistRequest): void {
  current = request;
  for (const listener of listeners) listener();
}

export const requestQuickSearch = (text: string): void => publish({ seq: (current?.seq ?? 0) + 1, text });
export const requestView = (viewId: string): void => publish({ seq: (current?.seq ?? 0) + 1, viewId });

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useWorklistRequest(): WorklistRequest | null {
  return useSyncExternalStore(subscribe, () => current);
}
