import { randomUUID } from 'node:crypto';
import { ContractError } from '../../../shared/contract/errors';
import type { SavedViewState } from '../../../shared/domain/worklist';
import type { Db } from '../connection';
import { transact } from '../write';

export function saveView(db: Db, userId: string, input: { id?: string; name: string; state: SavedViewState }): string {
  return transact(db, userId, (tx) => {
    const id = input.id ?? randomUUID();
    try {
      const changed = input.id
        ? tx.run('UPDATE saved_views SET name = ?, state = ? WHERE id = ? AND user_id = ?', input.name, JSON.stringify(input.state), id, userId)
        : tx.run('INSERT INTO saved_views (id, user_id, name, state, created_at) VALUES (?, ?, ?, ?, ?)', id, userId, input.name,
          JSON.stringify(input.state), tx.now);
      if (changed === 0) throw new ContractError('NOT_FOUND', `view ${id} does not exist`);
    } catch (error) {
      if (error instanceof Error && /UNIQUE/.test(error.message)) throw new ContractError('CONFLICT', `a view named "${input.name}" exists already`);
      throw error;
    }
    return id;
  });
}

export function deleteView(db: Db, userId: string, id: string): boolean {
  return transact(db, userId, (tx) => tx.run('DELETE FROM saved_views WHERE id = ? AND user_id = ?', id, userId) > 0);
}
