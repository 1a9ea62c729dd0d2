import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Field, FieldStatus } from '../../../shared/domain/workspace';
import { extendOrder, reviewOrder, reviewProgress, stepQueue, type QueueState } from '../../../src-renderer/workspace/review/review-queue';

const field = (id: string, confidence: number, status: FieldStatus = 'extracted'): Field => ({
  id, documentId: 'D1', key: 'k', value: 'v', text: 'v', confidence, status, page: 1, bbox: [0, 0, 1, 1], source: 'text',
  updatedAt: '2025-01-01T00:00:00.000Z', updatedBy: null,
});

const states = (fields: readonly Field[]) => {
  const byId = new Map(fields.map((f) => [f.id, f]));
  return (id: string): QueueState => {
    const f = byId.get(id);
    return !f ? 'gone' : f.status === 'extracted' ? 'open' : 'resolved';
  };
};

describe('the confirmation loop queue', () => {
  it('holds only unresolved fields, those below 0.9 first, each group in reading order', () => {
    const fields = [field('a', 0.95), field('b', 0.7), field('c', 0.99, 'confirmed'), field('d', 0.89), field('e', 0.9), field('f', 0.5, 'corrected')];
    expect(reviewOrder(fields)).toEqual(['b', 'd', 'a', 'e']);
  });

  it('keeps its order and adds fields that turn up later at the end', () => {
    const order = ['b', 'a'];
    // b was corrected meanwhile (confidence 1) and a new low-confidence field arrived.
    expect(extendOrder(order, [field('a', 0.95), field('b', 1, 'corrected'), field('x', 0.6)])).toEqual(['b', 'a', 'x']);
  });

  it('steps over resolved fields, goes round at the ends and comes back to a skipped one', () => {
    const fields = [field('a', 0.5), field('b', 0.5, 'confirmed'), field('c', 0.5), field('d', 0.5)];
    const order = ['a', 'b', 'c', 'd'];
    const s = states(fields);
    expect(stepQueue(order, s, 'a', 1)).toBe('c');
    expect(stepQueue(order, s, 'c', -1)).toBe('a');
    expect(stepQueue(order, s, 'd', 1)).toBe('a');
    expect(stepQueue(order, s, 'a', -1)).toBe('d');
    // From a field outside the queue (or none): the first, or the last going back.
    expect(stepQueue(order, s, null, 1)).toBe('a');
    expect(stepQueue(order, s, 'zz', -1)).toBe('d');
    // The field just confirmed (resolved here before the claim is read again) is not visited again.
    expect(stepQueue(order, (id) => (id === 'a' ? 'resolved' : s(id)), 'a', 1)).toBe('c');
  });

  it('stays on the last open field and ends when none is left', () => {
    const only = [field('a', 0.5, 'confirmed'), field('b', 0.5)];
    expect(stepQueue(['a', 'b'], states(only), 'b', 1)).toBe('b');
    expect(stepQueue(['a', 'b'], states([field('a', 0.5, 'confirmed'), field('b', 0.5, 'corrected')]), 'b', 1)).toBeNull();
    expect(stepQueue([], states([]), null, 1)).toBeNull();
  });

  it('lands on an open field whenever one is left, and on nothing otherwise', () => {
    const statusArb = fc.constantFrom<FieldStatus>('extracted', 'confirmed', 'corrected');
    fc.assert(fc.property(fc.array(statusArb, { maxLength: 12 }), fc.integer({ min: -1, max: 12 }), fc.constantFrom<1 | -1>(1, -1), (statuses, at, delta) => {
      const fields = statuses.map((s, i) => field(`f${i}`, 0.5, s));
      const order = fields.map((f) => f.id);
      const next = stepQueue(order, states(fields), at >= 0 && at < order.length ? order[at]! : null, delta);
      const open = fields.filter((f) => f.status === 'extracted').map((f) => f.id);
      if (open.length === 0) expect(next).toBeNull();
      else expect(open).toContain(next);
    }));
  });

  it('counts the queued fields resolved of those still on the claim', () => {
    const fields = [field('a', 0.5, 'confirmed'), field('b', 0.5), field('c', 1, 'corrected')];
    expect(reviewProgress(['a', 'b', 'c', 'gone'], states(fields))).toEqual({ resolved: 2, total: 3 });
  });
});
