import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../../src-renderer/routing/route';

describe('hash routes', () => {
  it('reads the rules page, a claim and the worklist', () => {
    expect(parseRoute('#/rules')).toEqual({ name: 'rules' });
    expect(parseRoute('#/rules/')).toEqual({ name: 'rules' });
    expect(parseRoute('#/claims/PA%2F1')).toEqual({ name: 'claim', claimId: 'PA/1' });
    expect(parseRoute('#/rulesx')).toEqual({ name: 'worklist' });
    expect(parseRoute('')).toEqual({ name: 'worklist' });
  });

  it('writes every route so that it reads back the same', () => {
    const routes: Route[] = [{ name: 'worklist' }, { name: 'rules' }, { name: 'settings' }, { name: 'claim', claimId: 'PA 2025/1' }];
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
  });
});
