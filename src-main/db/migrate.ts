import type Database from 'better-sqlite3';
import type { ReadDb } from './handles';
import { MIGRATIONS, type Migration } from './migrations';

/** The database was written by another (newer or diverged) ClaimDesk: opening it would corrupt it. */
export class DatabaseRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseRefusedError';
  }
}

interface AppliedRow { id: number; name: string }

/**
 * Brings the database up to `target` (default: the latest), one transaction per migration, each
 * recorded in `migrations`. Like Actual Budget, it refuses a database whose recorded migrations are not a
 * prefix of the ones this build knows: a newer schema or a renamed step would be silently misread.
 */
export function migrate(db: Database.Database, target: number = MIGRATIONS.length, known: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = db.prepare('SELECT id, name FROM migrations ORDER BY id').all() as AppliedRow[];
  applied.forEach((row, i) => {
    const expected = known[i];
    if (!expected || row.id !== expected.id) {
      throw new DatabaseRefusedError(
        `This database has migration ${String(row.id).padStart(4, '0')} (${row.name}), which this version of ClaimDesk does not know; ` +
          'it was written by a newer version. Update ClaimDesk or choose another data directory.',
      );
    }
    if (row.name !== expected.name) {
      throw new DatabaseRefusedError(
        `Migration ${row.id} of this database is "${row.name}" but this version expects "${expected.name}": the schema is out of sync, refusing to open it.`,
      );
    }
  });
  const insert = db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)');
  for (const m of known.slice(applied.length, target)) {
    db.transaction(() => {
      db.exec(m.sql);
      m.up?.(db);
      insert.run(m.id, m.name, new Date().toISOString());
    })();
  }
  return Math.max(applied.length, Math.min(target, known.length));
}

export function schemaVersion(db: ReadDb): number {
  return db.row<{ v: number | null }>('SELECT MAX(id) AS v FROM migrations')?.v ?? 0;
}
