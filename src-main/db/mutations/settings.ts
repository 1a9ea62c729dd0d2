import type { WriteTx } from '../write';

export function setSetting(tx: WriteTx, key: string, value: unknown): void {
  tx.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', key, JSON.stringify(value));
}
