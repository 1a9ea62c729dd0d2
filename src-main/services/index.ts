import type { HandlerName, ParsedRequestOf, ResponseOf } from '../../shared/contract/handlers';
import { confirmField, correctField } from '../db/mutations/fields';
import { schemaVersion } from '../db/migrate';
import { listAudit } from '../db/queries/audit';
import { claimDetail, fieldById } from '../db/queries/claim-detail';
import { countClaims, listUsers } from '../db/queries/users';
import { queryWorklist } from '../db/queries/worklist';
import type { ServiceContext } from './context';
import { documentContent } from './documents';
import { currentUser, switchUser } from './session';
import { deleteUserView, listViews, saveUserView } from './views';

// The services behind the contract: one function per handler, each receiving a request that the
// dispatcher has already validated. IPC and the browser host bind this same map.

export type Services = { [K in HandlerName]: (request: ParsedRequestOf<K>) => ResponseOf<K> | Promise<ResponseOf<K>> };

export const DOCUMENTS_EDITION = 'DOC-2025.1';

export function createServices(ctx: ServiceContext): Services {
  return {
    'app.info': () => ({
      appVersion: ctx.appVersion,
      dataDir: ctx.dataDir,
      schemaVersion: schemaVersion(ctx.db),
      editions: { documents: DOCUMENTS_EDITION, pathway: null, payout: null },
      claimCount: countClaims(ctx.db),
      currentUser: currentUser(ctx),
      users: listUsers(ctx.db),
    }),
    'session.switchUser': (r) => switchUser(ctx, r.userId),
    'claims.list': (r) => queryWorklist(ctx.db, r),
    'claims.get': (r) => claimDetail(ctx.db, r.claimId),
    'documents.content': (r) => documentContent(ctx, r.documentId),
    'fields.update': (r) => {
      correctField(ctx.db, currentUser(ctx).id, r);
      return fieldById(ctx.db, r.fieldId);
    },
    'fields.confirm': (r) => {
      confirmField(ctx.db, currentUser(ctx).id, r.fieldId);
      return fieldById(ctx.db, r.fieldId);
    },
    'audit.list': (r) => listAudit(ctx.db, r.claimId, r.limit),
    'views.list': () => listViews(ctx),
    'views.save': (r) => saveUserView(ctx, r),
    'views.delete': (r) => deleteUserView(ctx, r.id),
  };
}
