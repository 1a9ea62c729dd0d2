import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readHandle, type ReadDb } from './handles';
import { migrate } from './migrate';
import { transact, type WriteTx } from './write';

/**
 * Opens (creating if needed) the SQLite file at `file`, in WAL mode so the UI's reads never wait on a
 * write, and brings its schema up to date. Throws DatabaseRefusedError for a database from a newer
 * version. Only db/ holds the raw connection; everything else gets a Cache.
 */
export function openDatabase(file: string): Database.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The cache as services see it: a read handle, and the one write path. */
export interface Cache {
  readonly db: ReadDb;
  transact<T>(userId: string, fn: (tx: WriteTx) => T): T;
  /** Transactions committed so far: the dispatcher checks that a read handler committed none. */
  commits(): number;
  close(): void;
}

export function openCache(file: string, clock: () => Date = () => new Date()): Cache {
  const raw = openDatabase(file);
  let commits = 0;
  return {
    db: readHandle(raw),
    transact: (userId, fn) => {
      const result = transact(raw, userId, fn, clock);
      commits++;
      return result;
    },
    commits: () => commits,
    close: () => raw.close(),
  };
}
