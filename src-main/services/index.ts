import { ContractError } from '../../shared/contract/errors';
import type { HandlerName, ParsedRequestOf, ResponseOf } from '../../shared/contract/handlers';
import { confirmField, correctField } from '../db/mutations/fields';
import { setExpenseIncluded } from '../db/mutations/reviews';
import { latestEditionId, PRODUCTS_EDITION } from '../editions/current';
import { schemaVersion } from '../db/migrate';
import { listAudit } from '../db/queries/audit';
import { claimDetail, fieldById } from '../db/queries/claim-detail';
import { countClaims, listUsers } from '../db/queries/users';
import { queryWorklist } from '../db/queries/worklist';
import type { ServiceContext } from './context';
import { documentContent } from './documents';
import { extractAgain, importDocument } from './import';
import { checkClaimPathway, overridePathway } from './pathway';
import { calculateClaimPayout, exportCase } from './payout';
import { editionData, listEditions, productsData } from './rules';
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
      editions: { documents: DOCUMENTS_EDITION, pathway: latestEditionId(), payout: PRODUCTS_EDITION },
      claimCount: countClaims(ctx.db),
      currentUser: currentUser(ctx),
      users: listUsers(ctx.db),
    }),
    'session.switchUser': (r) => switchUser(ctx, r.userId),
    'claims.list': (r) => queryWorklist(ctx.db, r),
    'claims.get': (r) => claimDetail(ctx.db, r.claimId),
    'documents.content': (r) => documentContent(ctx, r.documentId),
    'documents.import': (r) => importDocument(ctx, r),
    'documents.extract': (r) => extractAgain(ctx, r),
    'jobs.get': (r) => ctx.jobs.get(r.jobId),
    'fields.update': (r) => {
      correctField(ctx.db, currentUser(ctx).id, r);
      return fieldById(ctx.db, r.fieldId);
    },
    'fields.confirm': (r) => {
      confirmField(ctx.db, currentUser(ctx).id, r.fieldId);
      return fieldById(ctx.db, r.fieldId);
    },
    'audit.list': (r) => listAudit(ctx.db, r.claimId, r.limit),
    'pathway.check': (r) => checkClaimPathway(ctx, r.claimId, r.edition),
    'pathway.override': (r) => overridePathway(ctx, r),
    'rules.editions': () => listEditions(),
    'rules.edition': (r) => editionData(r.edition),
    'rules.products': (r) => productsData(r.edition),
    'payout.calculate': (r) => calculateClaimPayout(ctx, r.claimId),
    'expenses.setIncluded': (r) => {
      setExpenseIncluded(ctx.db, currentUser(ctx).id, r);
      const row = claimDetail(ctx.db, r.claimId).expenses.find((e) => e.id === r.expenseId);
      if (!row) throw new ContractError('NOT_FOUND', `expense line ${r.expenseId} vanished`);
      return row;
    },
    'case.export': (r) => exportCase(ctx, r.claimId),
    'views.list': () => listViews(ctx),
    'views.save': (r) => saveUserView(ctx, r),
    'views.delete': (r) => deleteUserView(ctx, r.id),
  };
}
