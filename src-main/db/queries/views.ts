import type { SavedView, SavedViewState } from '../../../shared/domain/worklist';
import type { ReadDb } from '../handles';

interface Row { id: string; name: string; state: string }
const toView = (r: Row): SavedView => ({ id: r.id, name: r.name, state: JSON.parse(r.state) as SavedViewState, builtIn: false });

export function listUserViews(db: ReadDb, userId: string): SavedView[] {
  return (db.rows<Row>('SELECT id, name, state FROM saved_views WHERE user_id = ? ORDER BY created_at, name', userId)).map(toView);
}

export function viewById(db: ReadDb, id: string): SavedView | undefined {
  const r = db.row<Row>('SELECT id, name, state FROM saved_views WHERE id = ?', id);
  return r && toView(r);
}
