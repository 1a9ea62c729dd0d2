import type { Envelope } from '../../shared/contract/envelope';
import type { HandlerName } from '../../shared/contract/handlers';

/** One round trip to main: a handler name and its request in, that handler's envelope out. */
export type Send = (name: HandlerName, request: unknown) => Promise<Envelope<unknown>>;

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}
