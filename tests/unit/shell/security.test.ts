import { describe, expect, it, vi } from 'vitest';
import { CSP } from '../../../src-main/host/http-host';
import { hardenContents, hardenSession, secureWindowOptions } from '../../../src-main/security';

// The Electron window's hardening, checked on plain objects standing in for Electron's.

type Listener = (event: { preventDefault(): void }, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (() => { action: string }) | undefined;
  return {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: () => { action: string }) => { openHandler = fn; },
    fire(name: string, url?: string): boolean {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    open: () => openHandler?.(),
  };
}

describe('window hardening', () => {
  it('isolates and sandboxes every window, without Node', () => {
    const prefs = secureWindowOptions('/app/preload/index.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
      preload: '/app/preload/index.cjs',
    });
  });

  it('denies new windows, webviews and navigation away from the app', () => {
    const contents = fakeContents();
    hardenContents(contents as never, (url) => url.startsWith('file:///app/'));
    expect(contents.open()).toEqual({ action: 'deny' });
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///app/index.html#/claims/1')).toBe(false);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('denies every permission and puts the CSP on every response', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let headers: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | undefined;
    hardenSession({
      setPermissionRequestHandler: (fn: never) => { request = fn; },
      setPermissionCheckHandler: (fn: never) => { check = fn; },
      webRequest: { onHeadersReceived: (fn: never) => { headers = fn; } },
    } as never);
    const granted = vi.fn();
    request?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(check?.()).toBe(false);
    const done = vi.fn();
    headers?.({ responseHeaders: { 'X-Other': ['1'] } }, done);
    expect(done).toHaveBeenCalledWith({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CSP] } });
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe-eval');
  });
});
