import type { User } from '../../../shared/domain/claim';
import type { Db } from '../connection';
import { prepared } from '../statements';

interface Row { id: string; name: string; roles: string; authority_limit_fen: number }
const toUser = (r: Row): User => ({ id: r.id, name: r.name, roles: JSON.parse(r.roles) as User['roles'], authorityLimitFen: r.authority_limit_fen });

export function listUsers(db: Db): User[] {
  return (prepared(db, 'SELECT * FROM users ORDER BY id').all() as Row[]).map(toUser);
}

export function userById(db: Db, id: string): User | undefined {
  const r = prepared(db, 'SELECT * FROM users WHERE id = ?').get(id) as Row | undefined;
  return r && toUser(r);
}

export function getSetting<T>(db: Db, key: string): T | undefined {
  const r = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return r ? (JSON.parse(r.value) as T) : undefined;
}

export function countClaims(db: Db): number {
  return (prepared(db, 'SELECT COUNT(*) AS n FROM claims').get() as { n: number }).n;
}
