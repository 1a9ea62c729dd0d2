import { ContractError } from '../../shared/contract/errors';
import { HANDLER_NAMES, type Api, type HandlerName } from '../../shared/contract/handlers';
import type { Send } from './send';

/**
 * The typed api over a transport: one function per handler of the contract, resolving to the
 * envelope's value or throwing a ContractError with its stable code (and path, for BAD_REQUEST).
 */
export function createApi(send: Send): Api {
  const call = async (name: HandlerName, request: unknown): Promise<unknown> => {
    const envelope = await send(name, request);
    if (envelope.ok) return envelope.value;
    throw new ContractError(envelope.error.code, envelope.error.message, envelope.error.path);
  };
  return Object.freeze(Object.fromEntries(HANDLER_NAMES.map((name) => [name, (request: unknown) => call(name, request)]))) as Api;
}
