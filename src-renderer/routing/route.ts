// Hash routes, so the one index.html works over Electron's app URL and over HTTP alike.
export type Route = { name: 'worklist' } | { name: 'rules' } | { name: 'settings' } | { name: 'claim'; claimId: string };

export function parseRoute(hash: string): Route {
  if (/^#?\/rules\/?$/.test(hash)) return { name: 'rules' };
  if (/^#?\/settings\/?$/.test(hash)) return { name: 'settings' };
  const claim = /^#?\/claims\/([^/?]+)/.exec(hash);
  return claim?.[1] ? { name: 'claim', claimId: decodeURIComponent(claim[1]) } : { name: 'worklist' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'claim': return `#/claims/${encodeURIComponent(route.claimId)}`;
    case 'rules': return '#/rules';
    case 'settings': return '#/settings';
    case 'worklist': return '#/worklist';
  }
}
