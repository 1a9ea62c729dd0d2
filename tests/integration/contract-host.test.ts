import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from '../../shared/contract/codec';
import type { Envelope } from '../../shared/contract/envelope';
import { HANDLER_NAMES } from '../../shared/contract/handlers';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { startHost, type RunningHost } from '../../src-main/host/http-host';
import { fixtureWorkstation, type FixtureWorkstation } from '../support/fixture-workstation';

// The browser host over real HTTP on loopback: the same contract, guarded by token, Host and Origin.

let ws: FixtureWorkstation;
let host: RunningHost;
const token = 'test-token-0123456789';

beforeAll(async () => {
  ws = await fixtureWorkstation(10);
  const staticDir = path.join(ws.dataDir, 'static');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>ClaimDesk</title>');
  fs.writeFileSync(path.join(ws.dataDir, 'secret.txt'), 'outside the static dir');
  host = await startHost({ dispatch: ws.dispatch, token, staticDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  ws.dispose();
});

interface Reply { status: number; body: string; headers: http.IncomingHttpHeaders }

function request(method: string, urlPath: string, body?: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const api = (name: string, payload: unknown, headers: Record<string, string> = {}) =>
  request('POST', `/api/${name}`, encodeJson(payload), { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers });
const envelopeOf = (reply: Reply) => decodeJson(reply.body) as Envelope<unknown>;

describe('browser host', () => {
  it.each(HANDLER_NAMES)('%s rejects a malformed request with BAD_REQUEST', async (name) => {
    for (const payload of [{ unexpected: true }, 'not an object']) {
      const reply = await api(name, payload);
      expect(reply.status).toBe(200);
      expect(envelopeOf(reply)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
  });

  it('rejects a body that is not JSON', async () => {
    const reply = await request('POST', '/api/app.info', '{nope', { Authorization: `Bearer ${token}` });
    expect(reply.status).toBe(400);
    expect(envelopeOf(reply)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('answers an unknown handler with UNKNOWN_HANDLER', async () => {
    expect(envelopeOf(await api('claims.drop', {}))).toMatchObject({ ok: false, error: { code: 'UNKNOWN_HANDLER' } });
  });

  it('requires the start token on every API call', async () => {
    const none = await request('POST', '/api/app.info', '{}');
    expect(none.status).toBe(401);
    expect(envelopeOf(none)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await api('app.info', {}, { Authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
  });

  it('refuses foreign origins and non-loopback Host headers', async () => {
    expect((await api('app.info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app.info', {}, { Host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await api('app.info', {}, { Origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('serves a valid request, bytes included, as the same values IPC gives', async () => {
    const info = envelopeOf(await api('app.info', {}));
    expect(info).toMatchObject({ ok: true, value: { claimCount: 10, schemaVersion: MIGRATIONS.length } });
    const doc = envelopeOf(await api('documents.content', { documentId: 'CLM-T00000-D1' }));
    const direct = await ws.dispatch('documents.content', { documentId: 'CLM-T00000-D1' });
    expect(doc.ok && (doc.value as { bytes: Uint8Array }).bytes).toEqual(direct.ok && (direct.value as { bytes: Uint8Array }).bytes);
  });

  it('serves the UI with a CSP and never a file outside its folder', async () => {
    const index = await request('GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await request('GET', '/../secret.txt')).status).toBe(404);
    expect((await request('GET', '/%2e%2e/secret.txt')).status).toBe(404);
  });
});
