import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf } from '../shared/contract/channel';
import { fail } from '../shared/contract/envelope';
import { HANDLER_NAMES } from '../shared/contract/handlers';
import type { Dispatch } from './dispatch';

// The contract bound to Electron IPC: one `ipcMain.handle` per handler, each checking that the call
// comes from the app's own top-level frame before the dispatcher validates the payload. Electron is
// passed in (types only here), so this wiring is unit-tested with a fake ipcMain.

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** True for the top-level frame of a page loaded from one of the app's own origins. */
export function trustedSender(allowedUrlPrefixes: readonly string[]): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return allowedUrlPrefixes.some((prefix) => frame.url.startsWith(prefix));
  };
}

export function bindIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch, isTrusted: SenderCheck): () => void {
  for (const name of HANDLER_NAMES) {
    ipcMain.handle(channelOf(name), (event, payload: unknown) => {
      if (!isTrusted(event)) return fail({ code: 'FORBIDDEN', message: `${name}: the caller is not the ClaimDesk window` });
      return dispatch(name, payload);
    });
  }
  return () => HANDLER_NAMES.forEach((name) => ipcMain.removeHandler(channelOf(name)));
}
