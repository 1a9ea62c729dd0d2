import { ContractError } from '../../shared/contract/errors';
import type { SavedView, SavedViewState } from '../../shared/domain/worklist';
import { deleteView, saveView } from '../db/mutations/views';
import { listUserViews, viewById } from '../db/queries/views';
import type { ServiceContext } from './context';
import { currentUser } from './session';

/** End of the local day, as an ISO instant: "due today" means due before tomorrow starts. */
function endOfToday(now: Date): string {
  const end = new Date(now);
  end.setHours(24, 0, 0, 0);
  return end.toISOString();
}

/** The views every user has; they depend on who is working and on today, so they are computed. */
export function builtInViews(userId: string, now: Date): SavedView[] {
  const view = (id: string, name: string, state: SavedViewState): SavedView => ({ id: `builtin:${id}`, name, state, builtIn: true });
  const bySla: SavedViewState['sort'] = [{ column: 'slaDue', dir: 'asc' }];
  return [
    view('mine', 'mine', { sort: bySla, filter: { assigneeId: userId, status: ['new', 'in_review', 'pending_info', 'awaiting_medical_review'] } }),
    view('due-today', 'dueToday', { sort: bySla, filter: { slaDueBefore: endOfToday(now), status: ['new', 'in_review', 'pending_info', 'awaiting_medical_review', 'awaiting_approval'] } }),
    view('pending-info', 'pendingInfo', { sort: bySla, filter: { status: ['pending_info'] } }),
    view('medical-review', 'medicalReview', { sort: bySla, filter: { status: ['awaiting_medical_review'] } }),
    view('all', 'all', { sort: [{ column: 'receivedAt', dir: 'desc' }], filter: {} }),
  ];
}

export function listViews(ctx: ServiceContext): SavedView[] {
  const user = currentUser(ctx);
  return [...builtInViews(user.id, ctx.now()), ...listUserViews(ctx.db, user.id)];
}

export function saveUserView(ctx: ServiceContext, input: { id?: string; name: string; state: SavedViewState }): SavedView {
  if (input.id?.startsWith('builtin:')) throw new ContractError('FORBIDDEN', 'built-in views cannot be changed; save a copy under a new name');
  const id = saveView(ctx.db, currentUser(ctx).id, input);
  const saved = viewById(ctx.db, id);
  if (!saved) throw new ContractError('INTERNAL', `view ${id} vanished after saving`);
  return saved;
}

export function deleteUserView(ctx: ServiceContext, id: string): { deleted: boolean } {
  if (id.startsWith('builtin:')) throw new ContractError('FORBIDDEN', 'built-in views cannot be deleted');
  return { deleted: deleteView(ctx.db, currentUser(ctx).id, id) };
}
