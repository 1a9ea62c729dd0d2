import type { User } from '../../../shared/domain/claim';
import type { ReadDb } from '../handles';

interface Row { id: string; name: string; roles: string; authority_limit_fen: number }
const toUser = (r: Row): User => ({ id: r.id, name: r.name, roles: JSON.parse(r.roles) as User['roles'], authorityLimitFen: r.authority_limit_fen });

export function listUsers(db: ReadDb): User[] {
  return (db.rows<Row>('SELECT * FROM users ORDER BY id')).map(toUser);
}

export function userById(db: ReadDb, id: string): User | undefined {
  const r = db.row<Row>('SELECT * FROM users WHERE id = ?', id);
  return r && toUser(r);
}

export function getSetting<T>(db: ReadDb, key: string): T | undefined {
  const r = db.row<{ value: string }>('SELECT value FROM settings WHERE key = ?', key);
  return r ? (JSON.parse(r.value) as T) : undefined;
}

export function countClaims(db: ReadDb): number {
  return db.row<{ n: number }>('SELECT COUNT(*) AS n FROM claims')?.n ?? 0;
}
