import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorklistPage, WorklistRow } from '../../shared/domain/worklist';
import { fixtureWorkstation, type FixtureWorkstation } from '../support/fixture-workstation';

let ws: FixtureWorkstation;
beforeAll(async () => { ws = await fixtureWorkstation(120); });
afterAll(() => ws.dispose());

async function list(query: Record<string, unknown>): Promise<WorklistPage> {
  const envelope = await ws.dispatch('claims.list', { offset: 0, limit: 1000, ...query });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as WorklistPage;
}

const sortedBy = <T>(rows: WorklistRow[], key: (r: WorklistRow) => T, desc = false): boolean =>
  rows.every((r, i) => i === 0 || (desc ? key(rows[i - 1]!) >= key(r) : key(rows[i - 1]!) <= key(r)));

describe('worklist query', () => {
  it('pages through every claim exactly once in a stable order', async () => {
    const seen = new Set<string>();
    for (let offset = 0; offset < 120; offset += 25) {
      const page = await list({ offset, limit: 25, sort: [{ column: 'priority', dir: 'asc' }] });
      expect(page.total).toBe(120);
      page.rows.forEach((r) => seen.add(r.id));
    }
    expect(seen.size).toBe(120);
  });

  it('sorts by amount and by SLA in both directions', async () => {
    expect(sortedBy((await list({ sort: [{ column: 'claimedFen', dir: 'desc' }] })).rows, (r) => r.claimedFen, true)).toBe(true);
    expect(sortedBy((await list({ sort: [{ column: 'slaDue', dir: 'asc' }] })).rows, (r) => r.slaDue)).toBe(true);
  });

  it('filters by status, product, assignee and amount range together', async () => {
    const page = await list({ filter: { status: ['new', 'in_review'], product: ['MM-2025'], assigneeId: 'u-adj2', claimedMinFen: 1_000_000 } });
    const expected = ws.dataset.claims.filter((c) => ['new', 'in_review'].includes(c.status) && c.policy.product === 'MM-2025'
      && c.assigneeId === 'u-adj2' && c.claimedFen >= 1_000_000);
    expect(page.total).toBe(expected.length);
    expect(page.rows.map((r) => r.claimNumber).sort()).toEqual(expected.map((c) => c.claimNumber).sort());
  });

  it('finds unassigned claims with assigneeId null', async () => {
    const page = await list({ filter: { assigneeId: null } });
    expect(page.total).toBe(ws.dataset.claims.filter((c) => c.assigneeId === null).length);
    expect(page.rows.every((r) => r.assigneeId === null)).toBe(true);
  });

  it('quick-searches claim numbers, names, policy numbers and invoice numbers, with wildcards taken literally', async () => {
    expect((await list({ quick: 'CLM-T00042' })).rows.map((r) => r.claimNumber)).toEqual(['CLM-T00042']);
    expect((await list({ quick: 'Wang' })).total).toBe(12);
    expect((await list({ quick: 'POL-00007' })).rows.map((r) => r.claimNumber)).toEqual(['CLM-T00007']);
    expect((await list({ quick: 'INV00013' })).rows.map((r) => r.claimNumber)).toEqual(['CLM-T00013']);
    expect((await list({ quick: '%' })).total).toBe(0);
  });

  it('masks the claimant ID number and never sends it whole', async () => {
    const page = await list({ limit: 5 });
    for (const row of page.rows) {
      expect(row.claimantIdMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(JSON.stringify(row)).not.toContain('31010119600101');
    }
  });
});
