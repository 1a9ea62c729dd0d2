import { schemaVersion } from '../db/migrate';
import { countClaims, listUsers } from '../db/queries/users';
import { DOCUMENTS_EDITION, latestEditionId, PRODUCTS_EDITION } from '../editions/current';
import type { ServiceContext } from './context';
import { currentUser, switchUser } from './session';
import { readSettings, updateSettings } from './settings';
import type { Slice } from './slice';

/** The workstation itself: what it runs on, who is at it, and its settings. */
export const appServices = (ctx: ServiceContext): Slice<'app.info' | 'session.switchUser' | 'settings.get' | 'settings.update'> => ({
  'app.info': () => ({
    appVersion: ctx.appVersion,
    dataDir: ctx.dataDir,
    schemaVersion: schemaVersion(ctx.db),
    editions: { documents: DOCUMENTS_EDITION, pathway: latestEditionId(), payout: PRODUCTS_EDITION },
    claimCount: countClaims(ctx.db),
    currentUser: currentUser(ctx),
    users: listUsers(ctx.db),
  }),
  'session.switchUser': (r) => switchUser(ctx, r.userId),
  'settings.get': () => readSettings(ctx),
  'settings.update': (r) => updateSettings(ctx, r),
});
