/// <reference types="vite/client" />
import type { Envelope } from '../shared/contract/envelope';
import type { HandlerName } from '../shared/contract/handlers';

declare global {
  interface Window {
    /** Set by Electron's preload: one function per handler, each resolving to the handler's envelope. */
    claimdesk?: Readonly<Record<HandlerName, (request: unknown) => Promise<Envelope<unknown>>>>;
  }
}
