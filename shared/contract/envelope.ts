import type { ContractErrorShape } from './errors';

// Every response crosses IPC and HTTP as an envelope of plain data, so it survives structured clone
// and JSON alike and a thrown error never loses its code on the way (the Signal Desktop habit).
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ContractErrorShape };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (error: ContractErrorShape): Envelope<never> => ({ ok: false, error });
