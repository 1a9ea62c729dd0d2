import type { Api } from '../shared/contract/handlers';
import { createApi } from './transport/create-api';
import { httpTransport } from './transport/http-transport';
import { ipcTransport } from './transport/ipc-transport';
import { takeStartToken } from './transport/start-token';

// The renderer's one door to main. The transport is picked once at start: Electron's preload bridge
// when it is there, else the browser host over HTTP with the start token. Nothing else in the UI
// knows which one carries its calls.
export const api: Api = createApi(window.claimdesk ? ipcTransport(window.claimdesk) : httpTransport(takeStartToken()));
