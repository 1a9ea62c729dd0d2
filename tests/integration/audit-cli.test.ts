import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH, rowHash, type AuditRow } from '../../src-main/audit/chain';
import { openCache } from '../../src-main/db/connection';
import { migrate } from '../../src-main/db/migrate';
import { databaseFile } from '../../src-main/paths';
import { tempDir } from '../support/temp-dir';

// `claimdesk audit verify [--data-dir D]` run as a user would (node --import tsx src-main/cli/index.ts):
// its output on an intact and on a broken log, the data directory it picks by default, and the one-line
// refusals (exit 2) for what it cannot verify. It opens the cache read-only: never migrated, never written.
// The tampering cases themselves are in audit-chain.test.ts.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const USAGE = 'usage: claimdesk audit verify [--data-dir D]\n';

interface Run { status: number; stdout: string; stderr: string }

function claimdesk(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete merged[k];
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src-main/cli/index.ts', ...args], { cwd: repoRoot, env: merged }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}
const verify = (dataDir: string): Promise<Run> => claimdesk(['audit', 'verify', '--data-dir', dataDir]);

const work = tempDir('claimdesk-audit-cli-');
afterAll(() => work.remove());
let dirs = 0;
const newDir = (): string => {
  const dir = path.join(work.dir, `d${++dirs}`);
  fs.mkdirSync(dir);
  return dir;
};

/** A cache in a fresh data directory with `n` chained audit rows written through the write path; returns the head. */
function cacheWithLog(dataDir: string, n: number): string {
  const cache = openCache(databaseFile(dataDir), () => new Date('2025-06-01T02:00:00Z'));
  for (let done = 0; done < n; done += 500) {
    cache.transact('u-adj', (tx) => {
      for (let i = done; i < Math.min(n, done + 500); i++) {
        tx.audit({ claimId: `C-${i % 17}`, entity: 'field', entityId: `F-${i}`, action: i % 3 ? 'confirm' : 'correct',
          before: i % 3 ? undefined : { value: i }, after: { value: i + 1 }, reason: i % 3 ? null : '金额识别错误' });
      }
    });
  }
  const head = cache.db.row<{ hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1')?.hash ?? GENESIS_HASH;
  cache.close();
  return head;
}

const contents = (file: string): string => fs.readFileSync(file).toString('base64');

// Each case starts the CLI (tsx compiles it on start): seconds each on a busy machine.
describe('claimdesk audit verify', { timeout: 30_000 }, () => {
  it('on an intact log: the length and the head hash, exit 0, the file untouched', async () => {
    const dir = newDir();
    const head = cacheWithLog(dir, 1234);
    const before = contents(databaseFile(dir));
    const run = await verify(dir);
    expect(run).toEqual({ status: 0, stderr: '', stdout: `audit chain: 1,234 rows, intact\nhead: ${head}\n` });
    expect(contents(databaseFile(dir))).toBe(before);
  });

  it('on an empty log: 0 rows and the genesis hash', async () => {
    const dir = newDir();
    cacheWithLog(dir, 0);
    expect(await verify(dir)).toEqual({ status: 0, stderr: '', stdout: `audit chain: 0 rows, intact\nhead: ${GENESIS_HASH}\n` });
  });

  it('on a broken log: the first bad row and what was verified before it, exit 1', async () => {
    const dir = newDir();
    cacheWithLog(dir, 300);
    const db = new Database(databaseFile(dir));
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET reason = '客户要求' WHERE id = 42`).run();
    const head41 = (db.prepare('SELECT hash FROM audit_log WHERE id = 41').get() as { hash: string }).hash;
    db.close();
    expect(await verify(dir)).toEqual({
      status: 1, stderr: '',
      stdout: `audit chain broken at row 42: its content does not match its hash: the row was edited\nintact before it: 41 rows, head ${head41}\n`,
    });
  });

  it('reads a cache the workstation has open, with commits still in its WAL', async () => {
    const dir = newDir();
    cacheWithLog(dir, 10);
    const cache = openCache(databaseFile(dir));
    try {
      cache.transact('u-adj', (tx) => tx.audit({ claimId: null, entity: 'claim', entityId: 'C-1', action: 'state', after: { status: 'decided' } }));
      expect(fs.statSync(`${databaseFile(dir)}-wal`).size).toBeGreaterThan(0);
      const head = cache.db.row<{ hash: string }>('SELECT hash FROM audit_log WHERE id = 11')!.hash;
      expect(await verify(dir)).toEqual({ status: 0, stderr: '', stdout: `audit chain: 11 rows, intact\nhead: ${head}\n` });
    } finally {
      cache.close();
    }
  });

  it('defaults to CLAIMDESK_DATA_DIR, else ~/.claimdesk, as the workstation does', async () => {
    const viaEnv = newDir();
    const head = cacheWithLog(viaEnv, 5);
    expect(await claimdesk(['audit', 'verify'], { CLAIMDESK_DATA_DIR: viaEnv })).toMatchObject({ status: 0, stdout: `audit chain: 5 rows, intact\nhead: ${head}\n` });

    const home = newDir();
    fs.mkdirSync(path.join(home, '.claimdesk'));
    const homeHead = cacheWithLog(path.join(home, '.claimdesk'), 3);
    expect(await claimdesk(['audit', 'verify'], { CLAIMDESK_DATA_DIR: undefined, HOME: home }))
      .toMatchObject({ status: 0, stdout: `audit chain: 3 rows, intact\nhead: ${homeHead}\n` });
    // --data-dir wins over the environment.
    expect(await claimdesk(['audit', 'verify', '--data-dir', viaEnv], { CLAIMDESK_DATA_DIR: path.join(home, '.claimdesk') }))
      .toMatchObject({ status: 0, stdout: `audit chain: 5 rows, intact\nhead: ${head}\n` });
  });

  it('refuses a cache from before the hash chain (migration 0006) without migrating it', async () => {
    const dir = newDir();
    const db = new Database(databaseFile(dir));
    migrate(db, 5);
    db.prepare(`INSERT INTO audit_log (at, user_id, claim_id, entity, entity_id, action) VALUES ('2025-01-01T00:00:00Z', 'u1', NULL, 'dataset', 'demo', 'load')`).run();
    db.close();
    const before = contents(databaseFile(dir));
    const run = await verify(dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`audit verify: the audit log in ${databaseFile(dir)} has no hash chain: the cache predates migration 0006-audit-chain (open it once with this version of ClaimDesk to chain it)\n`);
    expect(contents(databaseFile(dir))).toBe(before);
    const after = new Database(databaseFile(dir), { readonly: true });
    expect(after.prepare('SELECT MAX(id) AS v FROM migrations').get()).toEqual({ v: 5 });
    after.close();
  });

  it.each([
    ['a missing data directory', () => path.join(work.dir, 'nowhere'), (d: string) => `audit verify: no data directory at ${d}\n`],
    ['a data directory without a cache', () => newDir(), (d: string) => `audit verify: no cache in ${d} (${databaseFile(d)} does not exist)\n`],
    ['a file given as the data directory', () => { const f = path.join(newDir(), 'file'); fs.writeFileSync(f, 'x'); return f; },
      (d: string) => `audit verify: ${d} is not a directory\n`],
    ['a cache file that is not SQLite', () => { const d = newDir(); fs.writeFileSync(databaseFile(d), 'not a database, just text '.repeat(100)); return d; },
      (d: string) => `audit verify: cannot read ${databaseFile(d)}: file is not a database\n`],
    ['a SQLite file without an audit log', () => { const d = newDir(); const db = new Database(databaseFile(d)); db.exec('CREATE TABLE t (x)'); db.close(); return d; },
      (d: string) => `audit verify: ${databaseFile(d)} is not a ClaimDesk cache (it has no audit_log table)\n`],
  ])('%s: exit 2, one line on stderr, nothing on stdout, nothing created', async (_name, make, message) => {
    const dir = make();
    const listing = fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? fs.readdirSync(dir) : null;
    const run = await verify(dir);
    expect(run).toEqual({ status: 2, stdout: '', stderr: message(dir) });
    expect(fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? fs.readdirSync(dir) : null).toEqual(listing);
  });

  it.each([
    [['audit']],
    [['audit', 'check']],
    [['audit', 'verify', 'extra']],
    [['audit', 'verify', '--data-dir', 'a', '--data-dir', 'b']],
    [['audit', 'verify', '--dir', 'a']],
  ])('bad usage %j: exit 2 with the usage line', async (args) => {
    expect(await claimdesk(args)).toEqual({ status: 2, stdout: '', stderr: USAGE });
  });

  it('asks for the directory after --data-dir', async () => {
    expect(await claimdesk(['audit', 'verify', '--data-dir'])).toEqual({ status: 2, stdout: '', stderr: `--data-dir needs a directory ${USAGE}` });
  });

  it('is listed among the commands', async () => {
    const run = await claimdesk([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^commands: .*\baudit\b/m);
  });
});

// The hash of the doc's test vector, so a change of the row format shows here too (docs/audit-log.md).
it('hashes the documented test vector', () => {
  const first: AuditRow = { id: 1, at: '2025-12-01T01:00:00.000Z', user_id: 'u-adj-1', claim_id: 'C-2025-0001', entity: 'field', entity_id: 'F-1',
    action: 'correct', before: '{"value":100}', after: '{"value":120}', reason: '金额识别错误', prev_hash: GENESIS_HASH };
  expect(rowHash(first)).toBe('d18941a18e6420b51ec141de30420bac3f09bc23848e5212232f6bcc312c8c78');
  expect(rowHash({ id: 2, at: '2025-12-01T01:05:00.000Z', user_id: 'u-adj-1', claim_id: 'C-2025-0001', entity: 'claim', entity_id: 'C-2025-0001',
    action: 'refer', before: null, after: null, reason: null, prev_hash: rowHash(first) })).toBe('f1350b821ca8989cd299212715098a12c713ace53a0f7034c4200a8fa2b5e675');
});
