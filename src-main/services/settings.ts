import { setSetting } from '../db/mutations/settings';
import { getSetting } from '../db/queries/users';
import type { ServiceContext } from './context';
import { currentUser } from './session';

// The workstation's settings, with their defaults in one place.

export interface Settings {
  /**
   * Fields read at or above this confidence that pass every cross-check may be confirmed together
   * after the person has seen them listed (biomarker results never). 0.9 is where the fields panel
   * turns green; the documents issue calibrates it on documents the readers were never tuned on.
   */
  bulkConfirmMinConfidence: number;
}

export const DEFAULT_SETTINGS: Settings = { bulkConfirmMinConfidence: 0.9 };

const KEY = 'settings';

export function readSettings(ctx: Pick<ServiceContext, 'db'>): Settings {
  return { ...DEFAULT_SETTINGS, ...getSetting<Partial<Settings>>(ctx.db, KEY) };
}

export function updateSettings(ctx: ServiceContext, patch: Partial<Settings>): Settings {
  const next = { ...readSettings(ctx), ...patch };
  ctx.transact(currentUser(ctx).id, (tx) => {
    setSetting(tx, KEY, next);
    tx.audit({ claimId: null, entity: 'settings', entityId: KEY, action: 'update', after: next });
  });
  return next;
}
