import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transact } from '../../src-main/db/write';
import { fixtureWorkstation, type FixtureWorkstation } from '../support/fixture-workstation';

let ws: FixtureWorkstation;
beforeAll(async () => { ws = await fixtureWorkstation(); });
afterAll(() => ws.dispose());

const call = async (name: string, payload: unknown) => {
  const envelope = await ws.dispatch(name, payload);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as Record<string, unknown>;
};

describe('the one write path', () => {
  it('commits a field correction, its audit entry and its outbox row together', async () => {
    const fieldId = 'CLM-T00002-D1-F2';
    const updated = await call('fields.update', { fieldId, value: 250_000, reason: '发票金额识别错误' });
    expect(updated).toMatchObject({ id: fieldId, value: 250_000, status: 'corrected', source: 'manual' });
    const audit = ws.ctx.db.prepare(`SELECT user_id, before, after, reason FROM audit_log WHERE entity_id = ?`).all(fieldId) as Record<string, string>[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after!)).toEqual({ key: 'totalFen', value: 250_000 });
    expect(JSON.parse(audit[0]!.before!).key).toBe('totalFen');
    expect(audit[0]!.reason).toBe('发票金额识别错误');
    expect(audit[0]!.user_id).toBe('u-adj');
    const outbox = ws.ctx.db.prepare(`SELECT kind, claim_id, base_version, payload FROM outbox`).all() as Record<string, unknown>[];
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: 'field.correct', claim_id: 'CLM-T00002', base_version: 1 });
    expect(JSON.parse(String(outbox[0]!.payload))).toMatchObject({ key: 'totalFen', value: 250_000, reason: '发票金额识别错误' });
  });

  it('leaves nothing behind when a mutation fails half way', () => {
    const before = ws.ctx.db.prepare('SELECT (SELECT COUNT(*) FROM audit_log) AS a, (SELECT COUNT(*) FROM outbox) AS o').get();
    expect(() => transact(ws.ctx.db, 'u-adj', (tx) => {
      tx.run(`UPDATE fields SET value = '1' WHERE id = 'CLM-T00003-D1-F2'`);
      tx.audit({ claimId: 'CLM-T00003', entity: 'field', entityId: 'CLM-T00003-D1-F2', action: 'correct' });
      tx.enqueue({ kind: 'field.correct', claimId: 'CLM-T00003', payload: {} });
      throw new Error('power cut');
    })).toThrow('power cut');
    expect(ws.ctx.db.prepare('SELECT (SELECT COUNT(*) FROM audit_log) AS a, (SELECT COUNT(*) FROM outbox) AS o').get()).toEqual(before);
    expect(ws.ctx.db.prepare(`SELECT value FROM fields WHERE id = 'CLM-T00003-D1-F2'`).get()).not.toEqual({ value: '1' });
  });

  it('confirms a field once and audits it', async () => {
    const fieldId = 'CLM-T00004-D1-F1';
    expect(await call('fields.confirm', { fieldId })).toMatchObject({ status: 'confirmed', updatedBy: 'u-adj' });
    await call('fields.confirm', { fieldId });
    const n = ws.ctx.db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'confirm'`).get(fieldId);
    expect(n).toEqual({ n: 1 });
  });

  it('is the only way main writes: queries only read, mutations only write through transact', () => {
    const root = path.resolve(__dirname, '../../src-main');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name)) files.push(path.relative(root, file).split(path.sep).join('/'));
      }
    };
    walk(root);
    const offenders: string[] = [];
    const sqlWrite = /\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|REPLACE\s+INTO)\b/;
    for (const rel of files) {
      const text = fs.readFileSync(path.join(root, rel), 'utf8');
      if (!rel.startsWith('db/')) {
        // Outside db/ nobody holds a statement: no driver import (types aside), no prepared statements.
        if (/^import\s+(?!type)[^;]*from\s+'better-sqlite3'/m.test(text) || /from '\.\.?\/(\.\.\/)*db\/statements'/.test(text)) offenders.push(`${rel}: uses the driver`);
      } else if (rel.startsWith('db/queries/')) {
        if (sqlWrite.test(text) || /\.run\(/.test(text)) offenders.push(`${rel}: a query writes`);
      } else if (rel.startsWith('db/mutations/')) {
        if (/(?<!tx)\.run\(/.test(text)) offenders.push(`${rel}: writes outside transact`);
      } else if (!['db/write.ts', 'db/migrate.ts', 'db/connection.ts', 'db/statements.ts'].includes(rel) && !rel.startsWith('db/migrations/')) {
        if (sqlWrite.test(text)) offenders.push(`${rel}: unexpected SQL write`);
      }
    }
    expect(files.length).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});
