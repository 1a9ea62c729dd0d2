import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { decodeJson, encodeJson } from '../../shared/contract/codec';
import { fail, type Envelope } from '../../shared/contract/envelope';
import type { Dispatch } from '../dispatch';

// The browser host: the same contract as IPC, over HTTP on the loopback interface only. A fresh token
// per start guards every API call (it travels in the printed URL, never in a cookie, so another site
// cannot ride on it), and Host/Origin must be loopback, which also defeats DNS rebinding.

export const CSP = [
  "default-src 'self'", "script-src 'self'", "worker-src 'self' blob:", "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:", "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'",
  "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

// Imports carry documents of up to 64 MB, base64-encoded in JSON.
const MAX_BODY = 96 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.bcmap': 'application/octet-stream', '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf', '.ico': 'image/x-icon',
};

export interface HostOptions {
  dispatch: Dispatch;
  token: string;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  port: number;
}

export interface RunningHost {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader);
  return !!match && LOOPBACK_HOSTS.has(match[1]!.toLowerCase()) && Number(match[2] ?? 80) === port;
}

function isLoopbackOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true; // same-origin fetches of some kinds omit it; the token still guards
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' && isLoopbackHost(u.host, port);
  } catch {
    return false;
  }
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', ...extra });
  res.end(body);
}

function sendEnvelope(res: http.ServerResponse, status: number, envelope: Envelope<unknown>): void {
  send(res, status, encodeJson(envelope), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string, options: HostOptions): Promise<void> {
  if (req.method !== 'POST') return sendEnvelope(res, 405, fail({ code: 'BAD_REQUEST', message: 'use POST' }));
  if (!tokenMatches(req.headers.authorization, options.token)) {
    return sendEnvelope(res, 401, fail({ code: 'UNAUTHORIZED', message: 'missing or wrong workstation token: open the URL printed at start' }));
  }
  let payload: unknown;
  try {
    const text = await readBody(req);
    payload = text ? decodeJson(text) : {};
  } catch (error) {
    return sendEnvelope(res, 400, fail({ code: 'BAD_REQUEST', message: `the request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}` }));
  }
  sendEnvelope(res, 200, await options.dispatch(name, payload));
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, staticDir: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain');
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = path.resolve(staticDir, relative);
  if (!file.startsWith(path.resolve(staticDir) + path.sep)) return send(res, 404, 'not found', 'text/plain');
  fs.readFile(file, (error, bytes) => {
    if (error) return send(res, 404, 'not found', 'text/plain');
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    const cache = relative === 'index.html' ? 'no-store' : 'public, max-age=31536000, immutable';
    send(res, 200, bytes, type, { 'Content-Security-Policy': CSP, 'Cache-Control': cache, 'X-Frame-Options': 'DENY' });
  });
}

export function startHost(options: HostOptions): Promise<RunningHost> {
  let port = options.port;
  const server = http.createServer((req, res) => {
    if (!isLoopbackHost(req.headers.host, port) || !isLoopbackOrigin(req.headers.origin, port)) {
      return sendEnvelope(res, 403, fail({ code: 'FORBIDDEN', message: 'only loopback origins may use the workstation host' }));
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (pathname.startsWith('/api/')) {
      handleApi(req, res, pathname.slice(5), options).catch((error: unknown) => {
        if (!res.headersSent) sendEnvelope(res, 500, fail({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }));
      });
      return;
    }
    serveStatic(req, res, pathname, options.staticDir);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(options.token)}`,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
