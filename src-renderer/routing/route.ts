// Hash routes, so the one index.html works over Electron's app URL and over HTTP alike.
export type Route = { name: 'worklist' } | { name: 'claim'; claimId: string };

export function parseRoute(hash: string): Route {
  const claim = /^#?\/claims\/([^/?]+)/.exec(hash);
  return claim?.[1] ? { name: 'claim', claimId: decodeURIComponent(claim[1]) } : { name: 'worklist' };
}

export function routeHash(route: Route): string {
  return route.name === 'claim' ? `#/claims/${encodeURIComponent(route.claimId)}` : '#/worklist';
}
