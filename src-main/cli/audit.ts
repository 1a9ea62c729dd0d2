import fs from 'node:fs';
import Database from 'better-sqlite3';
import { verifyChain } from '../audit/chain';
import { readHandle } from '../db/handles';
import { databaseFile, hostDataDir } from '../paths';
import { CliInputError, runCli, type CliIo } from './io';

// `claimdesk audit verify [--data-dir D]`: walks the hash chain of the audit log of the cache in D
// (docs/audit-log.md). The file is opened read-only with better-sqlite3 itself, not through
// openDatabase: verifying must neither migrate nor write the cache it is asked about (the workstation
// may even have it open). Intact: length and head hash, exit 0. Broken: the first bad row, exit 1.

const USAGE = 'usage: claimdesk audit verify [--data-dir D]';

function parseArgs(args: string[]): { dataDir: string } {
  const [sub, ...rest] = args;
  if (sub !== 'verify') throw new CliInputError(USAGE);
  let dataDir: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--data-dir' && dataDir === undefined) {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--') || v === '') throw new CliInputError(`--data-dir needs a directory\n${USAGE}`);
      dataDir = v;
    } else {
      throw new CliInputError(USAGE);
    }
  }
  return { dataDir: dataDir ?? hostDataDir() };
}

const rowsText = (n: number): string => `${n.toLocaleString('en')} row${n === 1 ? '' : 's'}`;
const sqliteMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The cache file, opened read-only; every reason it cannot be verified is a CliInputError. */
function openReadOnly(dataDir: string): { db: Database.Database; file: string } {
  const stat = fs.statSync(dataDir, { throwIfNoEntry: false });
  if (!stat) throw new CliInputError(`audit verify: no data directory at ${dataDir}`);
  if (!stat.isDirectory()) throw new CliInputError(`audit verify: ${dataDir} is not a directory`);
  const file = databaseFile(dataDir);
  if (!fs.existsSync(file)) throw new CliInputError(`audit verify: no cache in ${dataDir} (${file} does not exist)`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new CliInputError(`audit verify: cannot open ${file}: ${sqliteMessage(e)}`);
  }
  try {
    const columns = new Set((db.prepare(`SELECT name FROM pragma_table_info('audit_log')`).all() as { name: string }[]).map((c) => c.name));
    if (columns.size === 0) throw new CliInputError(`audit verify: ${file} is not a ClaimDesk cache (it has no audit_log table)`);
    if (!columns.has('prev_hash') || !columns.has('hash')) {
      throw new CliInputError(`audit verify: the audit log in ${file} has no hash chain: the cache predates migration 0006-audit-chain (open it once with this version of ClaimDesk to chain it)`);
    }
  } catch (e) {
    db.close();
    if (e instanceof CliInputError) throw e;
    if (e instanceof Database.SqliteError) throw new CliInputError(`audit verify: cannot read ${file}: ${sqliteMessage(e)}`);
    throw e;
  }
  return { db, file };
}

export function run(args: string[], io: CliIo): Promise<number> {
  return runCli(io, () => {
    const { dataDir } = parseArgs(args);
    const { db, file } = openReadOnly(dataDir);
    try {
      let chain: ReturnType<typeof verifyChain>;
      try {
        chain = verifyChain(readHandle(db));
      } catch (e) {
        if (e instanceof Database.SqliteError) throw new CliInputError(`audit verify: cannot read ${file}: ${sqliteMessage(e)}`);
        throw e;
      }
      if (chain.firstBad) {
        io.stdout(`audit chain broken at row ${chain.firstBad.id}: ${chain.firstBad.problem}\n`);
        io.stdout(`intact before it: ${rowsText(chain.length)}, head ${chain.headHash}\n`);
        return 1;
      }
      io.stdout(`audit chain: ${rowsText(chain.length)}, intact\nhead: ${chain.headHash}\n`);
      return 0;
    } finally {
      db.close();
    }
  });
}
