import { fail, ok, type Envelope } from '../shared/contract/envelope';
import { ContractError } from '../shared/contract/errors';
import { handlers, isHandlerName, writesOf } from '../shared/contract/handlers';
import { formatIssuePath } from '../shared/domain/issue-path';
import type { Services } from './services';

// The single entry from any transport into the services: look the name up in the contract, validate
// the request, call the service, and wrap whatever happens in an envelope with a stable code.

export interface DispatchOptions {
  /** Also check responses against the contract (tests and development): a service can't drift from it. */
  validateResponses?: boolean;
  log?: (message: string, error: unknown) => void;
  /** The cache's committed-transaction count: a handler the contract calls a read must not move it. */
  commits?: () => number;
}

export type Dispatch = (name: unknown, payload: unknown) => Promise<Envelope<unknown>>;

export function createDispatch(services: Services, options: DispatchOptions = {}): Dispatch {
  const log = options.log ?? ((message, error) => console.error(message, error));
  return async (name, payload) => {
    if (!isHandlerName(name)) return fail({ code: 'UNKNOWN_HANDLER', message: `no handler named ${String(name).slice(0, 80)}` });
    const contract = handlers[name];
    const parsed = contract.request.safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue ? formatIssuePath(issue.path) : '(root)';
      return fail({ code: 'BAD_REQUEST', message: `${name}: ${path}: ${issue?.message ?? 'invalid request'}`, path });
    }
    try {
      const service = services[name] as (request: unknown) => unknown;
      const before = options.commits?.();
      const answer = service(parsed.data);
      // Checked before anything else can run: a background job's write must not count against a read.
      if (before !== undefined && !writesOf(name) && options.commits?.() !== before) {
        log(`${name}: a read handler wrote to the cache`, new Error(name));
        return fail({ code: 'INTERNAL', message: `${name} is a read but changed the cache` });
      }
      const value = await answer;
      if (options.validateResponses) {
        const checked = contract.response.safeParse(value);
        if (!checked.success) {
          log(`${name}: response breaks the contract`, checked.error);
          return fail({ code: 'INTERNAL', message: `${name}: the response broke the contract at ${formatIssuePath(checked.error.issues[0]?.path ?? [])}` });
        }
      }
      return ok(value);
    } catch (error) {
      if (error instanceof ContractError) return fail(error.toShape());
      log(`${name}: failed`, error);
      return fail({ code: 'INTERNAL', message: `${name} failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
}
