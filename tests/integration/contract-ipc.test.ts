import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf } from '../../shared/contract/channel';
import type { Envelope } from '../../shared/contract/envelope';
import { HANDLER_NAMES } from '../../shared/contract/handlers';
import { bindIpc, trustedSender } from '../../src-main/ipc';
import { fixtureWorkstation, type FixtureWorkstation } from '../support/fixture-workstation';

// The IPC binding, wired to a fake ipcMain that records handlers the way Electron's does.

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => unknown;
class FakeIpcMain {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, fn: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, fn);
  }
  removeHandler(channel: string): void { this.handlers.delete(channel); }
  async invoke(channel: string, payload: unknown, url = 'file:///app/out/renderer/index.html', parent: unknown = null): Promise<Envelope<unknown>> {
    const fn = this.handlers.get(channel);
    if (!fn) throw new Error(`No handler registered for '${channel}'`);
    const event = { senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent;
    return (await fn(event, payload)) as Envelope<unknown>;
  }
}

let ws: FixtureWorkstation;
const ipc = new FakeIpcMain();
let unbind: () => void;
beforeAll(async () => {
  ws = await fixtureWorkstation(10);
  unbind = bindIpc(ipc as never, ws.dispatch, trustedSender(['file:///app/out/renderer/']));
});
afterAll(() => ws.dispose());

describe('IPC binding', () => {
  it('registers exactly one channel per handler of the contract', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(HANDLER_NAMES.map(channelOf).sort());
  });

  it.each(HANDLER_NAMES)('%s rejects a malformed request with BAD_REQUEST', async (name) => {
    for (const payload of [{ unexpected: true }, 'not an object', 42]) {
      const envelope = await ipc.invoke(channelOf(name), payload);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      if (!envelope.ok) expect(envelope.error.message).toContain(name);
    }
  });

  it('names the offending field of a malformed request', async () => {
    const envelope = await ipc.invoke(channelOf('claims.list'), { offset: 0, limit: 50, sort: [{ column: 'claimedFen', dir: 'sideways' }] });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', path: 'sort[0].dir' } });
  });

  it('answers a valid request with a clone-safe envelope', async () => {
    const envelope = await ipc.invoke(channelOf('claims.list'), { offset: 0, limit: 3 });
    expect(envelope.ok).toBe(true);
    expect(structuredClone(envelope)).toEqual(envelope);
    const doc = await ipc.invoke(channelOf('documents.content'), { documentId: 'CLM-T00000-D1' });
    expect(doc.ok && (doc.value as { bytes: Uint8Array }).bytes).toBeInstanceOf(Uint8Array);
  });

  it('refuses calls from other pages and from sub-frames', async () => {
    expect(await ipc.invoke(channelOf('app.info'), {}, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ipc.invoke(channelOf('app.info'), {}, 'file:///app/out/renderer/index.html', { url: 'x' }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('maps service errors to stable codes', async () => {
    expect(await ipc.invoke(channelOf('claims.get'), { claimId: 'NOPE' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ipc.invoke(channelOf('views.delete'), { id: 'builtin:all' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('unbinds every channel', () => {
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });
});
