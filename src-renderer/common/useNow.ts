import { useSyncExternalStore } from 'react';

// One clock for every ticking display (the SLA of each worklist row and of the open claim): a single
// timer, started while something shows the time, so a page of 100 rows does not run 100 timers.

const TICK_MS = 30_000;
let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The current time, updated every 30 seconds while the component is shown. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
