import type Database from 'better-sqlite3';
import * as m0001 from './0001-init';
import * as m0002 from './0002-saved-views';
import * as m0003 from './0003-outbox';
import * as m0004 from './0004-reviews';
import * as m0005 from './0005-decisions';
import * as m0006 from './0006-audit-chain';
import * as m0007 from './0007-worklist-keys';

// Numbered migrations in order. They are TypeScript modules holding SQL (not .sql files) so that
// tsx, vitest and the electron-vite bundle all load them the same way, without a file lookup at run time.
// A migration may also carry code (`up`), run after its SQL in the same transaction, for backfills
// that SQL alone cannot express (Signal Desktop's updateToSchemaVersionN).
export interface Migration {
  id: number;
  name: string;
  sql: string;
  up?: (db: Database.Database) => void;
}

type MigrationModule = Omit<Migration, 'id'>;

export const MIGRATIONS: readonly Migration[] = ([m0001, m0002, m0003, m0004, m0005, m0006, m0007] as MigrationModule[])
  .map((m, i) => ({ id: i + 1, name: m.name, sql: m.sql, up: m.up }));
