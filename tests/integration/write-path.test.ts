import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../src-main/dispatch';
import { fixtureWorkstation, type FixtureWorkstation } from '../support/fixture-workstation';

// The one write path on a real cache: a change, its audit entry and its outbox row commit together or
// not at all; a read handle cannot write; a handler the contract calls a read may not commit anything.

let ws: FixtureWorkstation;
beforeAll(async () => { ws = await fixtureWorkstation(); });
afterAll(() => ws.dispose());

const call = async (name: string, payload: unknown) => {
  const envelope = await ws.dispatch(name, payload);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as Record<string, unknown>;
};

// CLM-T00001 is in review, held by u-adj (the first user, at the keyboard).
describe('the one write path', () => {
  it('commits a field correction, its audit entry and its outbox row together', async () => {
    const fieldId = 'CLM-T00001-D1-F2';
    const updated = await call('fields.update', { fieldId, value: 250_000, reason: '发票金额识别错误' });
    expect(updated).toMatchObject({ id: fieldId, value: 250_000, status: 'corrected', source: 'manual' });
    const audit = ws.ctx.db.rows<Record<string, string>>(`SELECT user_id, before, after, reason FROM audit_log WHERE entity_id = ?`, fieldId);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after!)).toEqual({ key: 'totalFen', value: 250_000 });
    expect(JSON.parse(audit[0]!.before!).key).toBe('totalFen');
    expect(audit[0]!.reason).toBe('发票金额识别错误');
    expect(audit[0]!.user_id).toBe('u-adj');
    const outbox = ws.ctx.db.rows<Record<string, unknown>>(`SELECT kind, claim_id, base_version, payload FROM outbox`);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: 'field.correct', claim_id: 'CLM-T00001', base_version: 1 });
    expect(JSON.parse(String(outbox[0]!.payload))).toMatchObject({ key: 'totalFen', value: 250_000, reason: '发票金额识别错误' });
  });

  it('leaves nothing behind when a mutation fails half way', () => {
    const counts = () => ws.ctx.db.row('SELECT (SELECT COUNT(*) FROM audit_log) AS a, (SELECT COUNT(*) FROM outbox) AS o');
    const before = counts();
    expect(() => ws.ctx.transact('u-adj', (tx) => {
      tx.run(`UPDATE fields SET value = '1' WHERE id = 'CLM-T00003-D1-F2'`);
      tx.audit({ claimId: 'CLM-T00003', entity: 'field', entityId: 'CLM-T00003-D1-F2', action: 'correct' });
      tx.enqueue({ kind: 'field.correct', claimId: 'CLM-T00003', payload: {} });
      throw new Error('power cut');
    })).toThrow('power cut');
    expect(counts()).toEqual(before);
    expect(ws.ctx.db.row(`SELECT value FROM fields WHERE id = 'CLM-T00003-D1-F2'`)).not.toEqual({ value: '1' });
  });

  it('confirms a field once, audits it and queues one field.confirm', async () => {
    const fieldId = 'CLM-T00001-D1-F1';
    expect(await call('fields.confirm', { fieldId })).toMatchObject({ status: 'confirmed', updatedBy: 'u-adj' });
    await call('fields.confirm', { fieldId });
    expect(ws.ctx.db.row(`SELECT COUNT(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'confirm'`, fieldId)).toEqual({ n: 1 });
    expect(ws.ctx.db.row(`SELECT COUNT(*) AS n FROM outbox WHERE kind = 'field.confirm'`)).toEqual({ n: 1 });
  });

  it('gives a read handle no way to write: a writing statement is refused before it runs', () => {
    expect(() => ws.ctx.db.rows(`DELETE FROM saved_views`)).toThrow(/cannot run a statement that writes/);
    expect(() => ws.ctx.db.row(`UPDATE claims SET status = 'decided' RETURNING id`)).toThrow(/cannot run a statement that writes/);
  });
});

describe('a handler the contract calls a read', () => {
  it('is refused its answer if it committed anything (and a write handler is not)', async () => {
    const commits = { n: 0 };
    const writingRead = createDispatch({
      ...ws.services,
      'claims.get': (r) => {
        ws.ctx.transact('u-adj', (tx) => tx.audit({ claimId: r.claimId, entity: 'claim', entityId: r.claimId, action: 'peek' }));
        commits.n++;
        return ws.services['claims.get'](r);
      },
    }, { commits: () => commits.n, log: () => undefined });
    const read = await writingRead('claims.get', { claimId: 'CLM-T00001' });
    expect(read).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await writingRead('views.list', {})).toMatchObject({ ok: true });
    expect(await ws.dispatch('claims.get', { claimId: 'CLM-T00001' })).toMatchObject({ ok: true });
  });
});
