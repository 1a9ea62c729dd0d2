import type { SavedView, SavedViewState } from '../../../shared/domain/worklist';
import type { Db } from '../connection';
import { prepared } from '../statements';

interface Row { id: string; name: string; state: string }
const toView = (r: Row): SavedView => ({ id: r.id, name: r.name, state: JSON.parse(r.state) as SavedViewState, builtIn: false });

export function listUserViews(db: Db, userId: string): SavedView[] {
  return (prepared(db, 'SELECT id, name, state FROM saved_views WHERE user_id = ? ORDER BY created_at, name').all(userId) as Row[]).map(toView);
}

export function viewById(db: Db, id: string): SavedView | undefined {
  const r = prepared(db, 'SELECT id, name, state FROM saved_views WHERE id = ?').get(id) as Row | undefined;
  return r && toView(r);
}
