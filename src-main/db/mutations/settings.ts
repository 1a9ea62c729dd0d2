import type { Db } from '../connection';
import { transact } from '../write';

export function setSetting(db: Db, userId: string, key: string, value: unknown): void {
  transact(db, userId, (tx) => {
    tx.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', key, JSON.stringify(value));
  });
}
