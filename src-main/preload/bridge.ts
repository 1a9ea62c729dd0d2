import { channelOf } from '../../shared/contract/channel';
import type { Envelope } from '../../shared/contract/envelope';
import { HANDLER_NAMES, type HandlerName } from '../../shared/contract/handler-names';

// What the preload exposes as `window.claimdesk`: one named function per handler and nothing else —
// no generic invoke, no ipcRenderer, no Node. The renderer's api.ts unwraps the envelopes.
export type Bridge = Record<HandlerName, (request: unknown) => Promise<Envelope<unknown>>>;

export function buildBridge(invoke: (channel: string, payload: unknown) => Promise<unknown>): Bridge {
  const bridge = {} as Bridge;
  for (const name of HANDLER_NAMES) {
    const channel = channelOf(name);
    bridge[name] = (request) => invoke(channel, request) as Promise<Envelope<unknown>>;
  }
  return Object.freeze(bridge);
}
