import type { HandlerName } from '../../shared/contract/handlers';
import { ServiceUnreachableError } from './service-unreachable-error';
import { isEnvelope, type Send } from './send';

type Bridge = NonNullable<Window['claimdesk']>;

/** Electron: the preload's `window.claimdesk` already speaks envelopes; a rejected invoke means IPC broke. */
export function ipcTransport(bridge: Bridge): Send {
  return async (name: HandlerName, request) => {
    let envelope: unknown;
    try {
      envelope = await bridge[name](request);
    } catch (error) {
      throw new ServiceUnreachableError(error instanceof Error ? error.message : String(error));
    }
    if (!isEnvelope(envelope)) throw new ServiceUnreachableError(`${name} answered without an envelope`);
    return envelope;
  };
}
