import { describe, expect, it } from 'vitest';
import { channelOf } from '../../../shared/contract/channel';
import { handlers, HANDLER_NAMES } from '../../../shared/contract/handlers';
import { buildBridge } from '../../../src-main/preload/bridge';

describe('preload bridge', () => {
  it('knows exactly the contract\'s handlers (the preload carries the names without zod)', () => {
    expect([...HANDLER_NAMES].sort()).toEqual(Object.keys(handlers).sort());
  });

  it('exposes one named function per handler and nothing else, frozen', async () => {
    const calls: [string, unknown][] = [];
    const bridge = buildBridge(async (channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, value: channel };
    });
    expect(Object.keys(bridge).sort()).toEqual([...HANDLER_NAMES].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(await bridge['claims.get']({ claimId: 'C1' })).toEqual({ ok: true, value: channelOf('claims.get') });
    expect(calls).toEqual([[channelOf('claims.get'), { claimId: 'C1' }]]);
  });
});
