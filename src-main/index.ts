import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { bindIpc, trustedSender } from './ipc';
import { packagedResourcesDir } from './paths';
import { hardenContents, hardenSession, secureWindowOptions } from './security';
import { parseStartArgs } from './start-args';
import { openWorkstation } from './workstation';

// Electron main: deliberately thin. Everything it wires (workstation, IPC binding, window hardening) is
// a plain module tested without the Electron binary; this file only hands Electron's objects to them.

const here = path.dirname(fileURLToPath(import.meta.url));
process.env.CLAIMDESK_RESOURCES ??= app.isPackaged ? packagedResourcesDir(process.resourcesPath) : path.join(app.getAppPath(), 'resources');

const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(path.join(here, '..', 'renderer', 'index.html')).href;
const appPrefix = process.env.ELECTRON_RENDERER_URL ? new URL(rendererUrl).origin + '/' : pathToFileURL(path.join(here, '..', 'renderer')).href + '/';
const isAppUrl = (url: string): boolean => url.startsWith(appPrefix);

app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenContents(contents, isAppUrl));

app.whenReady().then(() => {
  const args = parseStartArgs(process.argv.slice(app.isPackaged ? 1 : 2));
  const workstation = openWorkstation({
    dataDir: process.env.CLAIMDESK_DATA_DIR ?? app.getPath('userData'),
    appVersion: app.getVersion(),
    demo: { mode: args.demo ? 'reset' : 'if-empty', scale: args.scale, today: new Date() },
  });
  hardenSession(session.defaultSession);
  bindIpc(ipcMain, workstation.dispatch, trustedSender([appPrefix]));
  const win = new BrowserWindow(secureWindowOptions(path.join(here, '..', 'preload', 'index.cjs')));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl);
  app.on('window-all-closed', () => {
    workstation.close();
    app.quit();
  });
}).catch((error: unknown) => {
  dialog.showErrorBox('ClaimDesk cannot start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
