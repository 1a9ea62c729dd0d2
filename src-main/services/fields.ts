import { bulkConfirmable } from '../../shared/claim-case/bulk-confirm';
import { crossCheck, warningKey } from '../../shared/claim-case/cross-checks';
import { ContractError } from '../../shared/contract/errors';
import type { User } from '../../shared/domain/claim';
import type { Field } from '../../shared/domain/workspace';
import { mayMake } from '../../shared/workflow/transitions';
import { writeAcknowledgement } from '../db/mutations/acknowledgements';
import { writeConfirmation, writeCorrection } from '../db/mutations/fields';
import { claimDetail, fieldById, fieldClaimId } from '../db/queries/claim-detail';
import { workflowClaim } from '../db/queries/workflow';
import type { WriteTx } from '../db/write';
import type { ServiceContext } from './context';
import { currentUser } from './session';
import { readSettings } from './settings';
import type { Slice } from './slice';
import { mutateClaim, refusalError } from './workflow';

// Reviewing what was read: correcting a field (with its reason), confirming it, confirming together
// the fields the person saw listed, and acknowledging a cross-document warning.

function confirm(tx: WriteTx, user: User, claimId: string, field: Field, how: 'one' | 'bulk'): void {
  mutateClaim(tx, user, claimId, { kind: 'field.confirm', payload: { documentId: field.documentId, key: field.key, value: field.value as never } },
    () => writeConfirmation(tx, claimId, field, how));
}

export const fieldServices = (ctx: ServiceContext): Slice<'fields.update' | 'fields.confirm' | 'fields.confirmMany' | 'warnings.acknowledge'> => ({
  'fields.update': (r) => ctx.transact(currentUser(ctx).id, (tx) => {
    const field = fieldById(tx, r.fieldId);
    const claimId = fieldClaimId(tx, r.fieldId);
    mutateClaim(tx, currentUser(ctx), claimId, {
      kind: 'field.correct',
      payload: { documentId: field.documentId, key: field.key, value: r.value, previousValue: field.value as never, reason: r.reason },
    }, () => writeCorrection(tx, claimId, field, r.value, r.reason));
    return fieldById(tx, r.fieldId);
  }),
  'fields.confirm': (r) => ctx.transact(currentUser(ctx).id, (tx) => {
    const field = fieldById(tx, r.fieldId);
    // Confirming what is already confirmed or corrected changes nothing and queues nothing.
    if (field.status === 'extracted') confirm(tx, currentUser(ctx), fieldClaimId(tx, r.fieldId), field, 'one');
    return fieldById(tx, r.fieldId);
  }),
  'fields.confirmMany': (r) => {
    const user = currentUser(ctx);
    const minConfidence = readSettings(ctx).bulkConfirmMinConfidence;
    return ctx.transact(user.id, (tx) => {
      const detail = claimDetail(tx, r.claimId);
      const eligible = new Set(bulkConfirmable(detail, crossCheck(detail), minConfidence));
      const refused = r.fieldIds.filter((id) => !eligible.has(id));
      if (refused.length) {
        throw new ContractError('CONFLICT', `${refused.length} of these fields may not be confirmed together (already reviewed, below confidence ${minConfidence}, a biomarker, or named by a warning): ${refused.slice(0, 5).join(', ')}`);
      }
      const byId = new Map(detail.fields.map((f) => [f.id, f]));
      for (const id of new Set(r.fieldIds)) confirm(tx, user, r.claimId, byId.get(id)!, 'bulk');
      return { confirmed: new Set(r.fieldIds).size };
    });
  },
  'warnings.acknowledge': (r) => {
    const user = currentUser(ctx);
    return ctx.transact(user.id, (tx) => {
      // Acknowledging is part of reviewing the fields: whoever may confirm them may acknowledge.
      const may = mayMake(workflowClaim(tx, r.claimId), 'field.confirm', user);
      if (!may.ok) throw refusalError(may);
      const current = crossCheck(claimDetail(tx, r.claimId)).map(warningKey);
      if (!current.includes(r.warningKey)) throw new ContractError('NOT_FOUND', 'this warning no longer stands (the fields changed since it was shown)');
      writeAcknowledgement(tx, r.claimId, r.warningKey, r.note);
      return { warningKey: r.warningKey };
    });
  },
});
