import { decodeJson, encodeJson } from '../../shared/contract/codec';
import { ContractError } from '../../shared/contract/errors';
import type { HandlerName } from '../../shared/contract/handlers';
import { ServiceUnreachableError } from './service-unreachable-error';
import { isEnvelope, type Send } from './send';

/**
 * The browser host: `POST /api/<name>` with the start token. Contract errors come back as envelopes
 * (HTTP 200, or 401 for a bad token); anything that is not an envelope means the host is gone or broken.
 */
export function httpTransport(token: string | null): Send {
  return async (name: HandlerName, request) => {
    let status: number;
    let text: string;
    try {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: encodeJson(request ?? {}),
        cache: 'no-store',
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw new ServiceUnreachableError(error instanceof Error ? error.message : String(error));
    }
    let body: unknown;
    try {
      body = decodeJson(text);
    } catch {
      throw new ContractError('INTERNAL', `${name}: the host answered HTTP ${status} without an envelope`);
    }
    if (!isEnvelope(body)) throw new ContractError('INTERNAL', `${name}: the host answered HTTP ${status} without an envelope`);
    return body;
  };
}
