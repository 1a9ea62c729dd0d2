import { ContractError } from '../../shared/contract/errors';
import type { User } from '../../shared/domain/claim';
import { setSetting } from '../db/mutations/settings';
import { getSetting, listUsers, userById } from '../db/queries/users';
import type { ServiceContext } from './context';

// Who is working. Until sign-in against the centre exists (docs/workflow.md), the workstation keeps a
// local current user chosen among the users in the cache; every audit entry names them.

const CURRENT_USER = 'currentUser';

export function currentUser(ctx: ServiceContext): User {
  const id = getSetting<string>(ctx.db, CURRENT_USER);
  const user = (id && userById(ctx.db, id)) || listUsers(ctx.db)[0];
  if (!user) throw new ContractError('INTERNAL', 'the cache has no users: load the demo dataset or sync first');
  return user;
}

export function switchUser(ctx: ServiceContext, userId: string): User {
  const user = userById(ctx.db, userId);
  if (!user) throw new ContractError('NOT_FOUND', `user ${userId} does not exist`);
  ctx.transact(user.id, (tx) => {
    setSetting(tx, CURRENT_USER, user.id);
    tx.audit({ claimId: null, entity: 'session', entityId: user.id, action: 'switch_user' });
  });
  return user;
}
