import { randomUUID } from 'node:crypto';
import { ContractError } from '../../../shared/contract/errors';
import type { SavedViewState } from '../../../shared/domain/worklist';
import type { WriteTx } from '../write';

export function saveView(tx: WriteTx, input: { id?: string; name: string; state: SavedViewState }): string {
  const id = input.id ?? randomUUID();
  try {
    const changed = input.id
      ? tx.run('UPDATE saved_views SET name = ?, state = ? WHERE id = ? AND user_id = ?', input.name, JSON.stringify(input.state), id, tx.userId)
      : tx.run('INSERT INTO saved_views (id, user_id, name, state, created_at) VALUES (?, ?, ?, ?, ?)', id, tx.userId, input.name,
        JSON.stringify(input.state), tx.now);
    if (changed === 0) throw new ContractError('NOT_FOUND', `view ${id} does not exist`);
  } catch (error) {
    if (error instanceof Error && /UNIQUE/.test(error.message)) throw new ContractError('CONFLICT', `a view named "${input.name}" exists already`);
    throw error;
  }
  tx.audit({ claimId: null, entity: 'saved_view', entityId: id, action: input.id ? 'update' : 'create', after: { name: input.name, state: input.state } });
  return id;
}

export function deleteView(tx: WriteTx, id: string): boolean {
  const deleted = tx.run('DELETE FROM saved_views WHERE id = ? AND user_id = ?', id, tx.userId) > 0;
  if (deleted) tx.audit({ claimId: null, entity: 'saved_view', entityId: id, action: 'delete' });
  return deleted;
}
