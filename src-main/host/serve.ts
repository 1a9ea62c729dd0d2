import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStartArgs } from '../start-args';
import { hostDataDir } from '../paths';
import { appVersion } from '../version';
import { openWorkstation } from '../workstation';
import { startHost } from './http-host';

// `npm run serve`: the workstation in a plain browser. Same services, same contract, on 127.0.0.1.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const args = parseStartArgs(process.argv.slice(2));
  const staticDir = path.join(repoRoot, 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(`the UI is not built (${staticDir} has no index.html): run "npm run build:renderer" or use "npm run serve"`);
  }
  const dataDir = hostDataDir();
  const workstation = openWorkstation({
    dataDir,
    appVersion: appVersion(),
    demo: { mode: args.demo ? 'reset' : 'if-empty', scale: args.scale, today: new Date() },
    dispatch: { validateResponses: process.env.CLAIMDESK_VALIDATE_RESPONSES === '1' },
  });
  const token = randomBytes(24).toString('base64url');
  const host = await startHost({ dispatch: workstation.dispatch, token, staticDir, port: Number(process.env.CLAIMDESK_PORT ?? 5178) });
  // host.json lets tests and scripts find the running host; it holds the token, so only the owner reads it.
  const hostFile = path.join(dataDir, 'host.json');
  fs.writeFileSync(hostFile, JSON.stringify({ url: host.url, port: host.port, pid: process.pid }), { mode: 0o600 });
  console.log(`ClaimDesk workstation (browser host) on ${dataDir}`);
  console.log(`Open: ${host.url}`);

  const stop = (): void => {
    fs.rmSync(hostFile, { force: true });
    void host.close().then(() => {
      workstation.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`claimdesk: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
