import { ContractError } from '../../shared/contract/errors';
import type { User } from '../../shared/domain/claim';
import type { SavedView, SavedViewState } from '../../shared/domain/worklist';
import { deleteView, saveView } from '../db/mutations/views';
import { listUserViews, viewById } from '../db/queries/views';
import type { ServiceContext } from './context';
import { currentUser } from './session';
import type { Slice } from './slice';

/** End of the local day, as an ISO instant: "due today" means due before tomorrow starts. */
function endOfToday(now: Date): string {
  const end = new Date(now);
  end.setHours(24, 0, 0, 0);
  return end.toISOString();
}

/** The states in which a claim is its assignee's work (awaiting approval, it is the supervisors'). */
export const MY_QUEUE_STATES = ['new', 'in_review', 'pending_info', 'awaiting_medical_review'] as const;

/**
 * The views every user has, with the role queues their roles give them: medical review for medical
 * reviewers, approvals for supervisors. They depend on who is working and on today, so they are computed.
 */
export function builtInViews(user: Pick<User, 'id' | 'roles'>, now: Date): SavedView[] {
  const view = (id: string, name: string, state: SavedViewState): SavedView => ({ id: `builtin:${id}`, name, state, builtIn: true });
  const bySla: SavedViewState['sort'] = [{ column: 'slaDue', dir: 'asc' }];
  return [
    view('mine', 'mine', { sort: bySla, filter: { assigneeId: user.id, status: [...MY_QUEUE_STATES] } }),
    ...(user.roles.includes('medical_reviewer') ? [view('medical-review', 'medicalReview', { sort: bySla, filter: { status: ['awaiting_medical_review'] } })] : []),
    ...(user.roles.includes('supervisor') ? [view('approvals', 'approvals', { sort: bySla, filter: { status: ['awaiting_approval'] } })] : []),
    view('due-today', 'dueToday', { sort: bySla, filter: { slaDueBefore: endOfToday(now), status: ['new', 'in_review', 'pending_info', 'awaiting_medical_review', 'awaiting_approval'] } }),
    view('pending-info', 'pendingInfo', { sort: bySla, filter: { status: ['pending_info'] } }),
    view('all', 'all', { sort: [{ column: 'receivedAt', dir: 'desc' }], filter: {} }),
  ];
}

export const viewServices = (ctx: ServiceContext): Slice<'views.list' | 'views.save' | 'views.delete'> => ({
  'views.list': () => {
    const user = currentUser(ctx);
    return [...builtInViews(user, ctx.now()), ...listUserViews(ctx.db, user.id)];
  },
  'views.save': (r) => {
    if (r.id?.startsWith('builtin:')) throw new ContractError('FORBIDDEN', 'built-in views cannot be changed; save a copy under a new name');
    const id = ctx.transact(currentUser(ctx).id, (tx) => saveView(tx, r));
    const saved = viewById(ctx.db, id);
    if (!saved) throw new ContractError('INTERNAL', `view ${id} vanished after saving`);
    return saved;
  },
  'views.delete': (r) => {
    if (r.id.startsWith('builtin:')) throw new ContractError('FORBIDDEN', 'built-in views cannot be deleted');
    return { deleted: ctx.transact(currentUser(ctx).id, (tx) => deleteView(tx, r.id)) };
  },
});
