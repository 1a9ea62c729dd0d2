import { useSyncExternalStore } from 'react';

// The top bar's search hands its text to the worklist's quick search. A request is numbered, so asking
// for the same text twice still counts as a new request.

export interface QuickSearchRequest { seq: number; text: string }

let current: QuickSearchRequest | null = null;
const listeners = new Set<() => void>();

export function requestQuickSearch(text: string): void {
  current = { seq: (current?.seq ?? 0) + 1, text };
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useQuickSearchRequest(): QuickSearchRequest | null {
  return useSyncExternalStore(subscribe, () => current);
}
