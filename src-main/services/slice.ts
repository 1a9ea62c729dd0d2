import type { HandlerName, ParsedRequestOf, ResponseOf } from '../../shared/contract/handlers';

// A service file per domain (Actual Budget's server/<domain>/app.ts): each exports its slice of the
// handler map, and services/index.ts joins the slices into the one map the transports bind.

export type Service<K extends HandlerName> = (request: ParsedRequestOf<K>) => ResponseOf<K> | Promise<ResponseOf<K>>;
export type Slice<K extends HandlerName> = { [P in K]: Service<P> };
export type Services = Slice<HandlerName>;
