import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, routeHash, type Route } from './route';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const snapshot = (): string => window.location.hash;

/** The current route, re-rendering on hash changes (links, back/forward, navigate()). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => parseRoute(hash), [hash]);
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}
