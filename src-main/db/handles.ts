import type Database from 'better-sqlite3';
import { prepared } from './statements';

// The two handles on the cache (the Signal Desktop habit, ts/sql/Interface.ts): queries take a ReadDb,
// which has no method that writes; only `transact` (db/write.ts) hands out a WriteTx. So a write outside
// the one write path does not compile, and the read handle also refuses at run time a statement that
// would change the database (SQLite knows: Statement#readonly).

export interface ReadDb {
  /** The first row of a query, typed by the caller (Signal's `get<Row>`), or undefined. */
  row<T>(sql: string, ...params: unknown[]): T | undefined;
  rows<T>(sql: string, ...params: unknown[]): T[];
  /** Rows one at a time, for scans too large to hold (the audit chain). */
  iterate<T>(sql: string, ...params: unknown[]): IterableIterator<T>;
}

function readStatement(db: Database.Database, sql: string): Database.Statement {
  const stmt = prepared(db, sql);
  if (!stmt.readonly) throw new Error(`a read handle cannot run a statement that writes: ${sql.slice(0, 80)}`);
  return stmt;
}

export function readHandle(db: Database.Database): ReadDb {
  return {
    row: <T>(sql: string, ...params: unknown[]) => readStatement(db, sql).get(...params) as T | undefined,
    rows: <T>(sql: string, ...params: unknown[]) => readStatement(db, sql).all(...params) as T[],
    iterate: <T>(sql: string, ...params: unknown[]) => readStatement(db, sql).iterate(...params) as IterableIterator<T>,
  };
}
