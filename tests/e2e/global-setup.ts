import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_URL_ENV } from './support/host-env';

// Starts the browser host on a fresh temp data directory (so the demo dataset is loaded anew) and a
// free port, waits for its host.json, hands the URL to the tests and stops the host afterwards.
// With CLAIMDESK_E2E_URL already set, the tests use that running host instead.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const START_TIMEOUT_MS = 180_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface HostFile { url: string; port: number; pid: number }

async function waitForHost(file: string, child: ChildProcess, log: string): Promise<HostFile> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the host exited with code ${child.exitCode} before it was ready:\n${fs.readFileSync(log, 'utf8').slice(-4000)}`);
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as HostFile;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the host did not write ${file} within ${START_TIMEOUT_MS / 1000} s:\n${fs.readFileSync(log, 'utf8').slice(-4000)}`);
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env[HOST_URL_ENV]) return undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-e2e-'));
  const port = await freePort();
  const log = path.join(dataDir, 'host.log');
  const out = fs.openSync(log, 'a');
  const child = spawn('npx', ['tsx', 'src-main/host/serve.ts'], {
    cwd: repoRoot,
    env: { ...process.env, CLAIMDESK_DATA_DIR: dataDir, CLAIMDESK_PORT: String(port) },
    stdio: ['ignore', out, out],
  });
  let host: HostFile;
  try {
    host = await waitForHost(path.join(dataDir, 'host.json'), child, log);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  process.env[HOST_URL_ENV] = host.url;

  return async () => {
    // The serving process (host.pid) sits below npx and tsx: stop it, and its parents follow.
    try {
      process.kill(host.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    if (!(await exited(child, 10_000))) {
      for (const pid of [host.pid, child.pid]) {
        try {
          if (pid) process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    fs.closeSync(out);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
