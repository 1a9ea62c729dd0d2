import { ContractError } from '../shared/contract/errors';
import { HANDLER_NAMES, type Api, type HandlerName } from '../shared/contract/handlers';
import { httpTransport } from './transport/http-transport';
import { ipcTransport } from './transport/ipc-transport';
import type { Send } from './transport/send';
import { takeStartToken } from './transport/start-token';

// The renderer's one door to main. The transport is picked once at start (Electron's preload bridge,
// else the browser host over HTTP); callers get `api[name](request)` resolving to the value or
// throwing a ContractError with the envelope's stable code, whichever transport carried it.

export function createApi(send: Send): Api {
  const call = async (name: HandlerName, request: unknown): Promise<unknown> => {
    const envelope = await send(name, request);
    if (envelope.ok) return envelope.value;
    throw new ContractError(envelope.error.code, envelope.error.message, envelope.error.path);
  };
  return Object.freeze(Object.fromEntries(HANDLER_NAMES.map((name) => [name, (request: unknown) => call(name, request)]))) as Api;
}

function pickTransport(): Send {
  return window.claimdesk ? ipcTransport(window.claimdesk) : httpTransport(takeStartToken());
}

export const api: Api = createApi(pickTransport());
