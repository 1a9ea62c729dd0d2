import { ContractError } from '../../shared/contract/errors';
import { chainHead } from '../audit/chain';
import { writeNotice } from '../db/mutations/notices';
import { claimDetail } from '../db/queries/claim-detail';
import { decisionById, decisionPayout } from '../db/queries/decisions';
import { noticeOf } from '../db/queries/notices';
import { DOCUMENTS_EDITION } from '../editions/current';
import { renderDecisionNotice } from '../notice/render-notice';
import type { ServiceContext } from './context';
import { currentUser } from './session';
import type { Slice } from './slice';

// The decision notice (理赔决定通知书): made once per decision and language from what the decision
// recorded, kept in the document store beside the claim, and given back as the same file afterwards.
// It prints the audit log's head hash at the time it was made, anchoring the log's tail.

async function createNotice(ctx: ServiceContext, decisionId: string, language: 'zh-CN' | 'en') {
  const kept = noticeOf(ctx.db, decisionId, language);
  if (kept) return { fileName: kept.fileName, sha256: kept.sha256, bytes: ctx.store.get(kept.sha256) };
  const decision = decisionById(ctx.db, decisionId);
  const payout = decisionPayout(ctx.db, decisionId);
  if (!decision || !payout) throw new ContractError('NOT_FOUND', `decision ${decisionId} does not exist`);
  if (decision.state === 'returned') throw new ContractError('INVALID_STATE', 'a returned decision has no notice: the claim is being decided again');
  const detail = claimDetail(ctx.db, decision.claimId);
  const auditHead = chainHead(ctx.db).hash;
  const bytes = await renderDecisionNotice({
    language, claim: detail.claim, expenses: detail.expenses, decision, payout,
    editions: { documents: DOCUMENTS_EDITION, ...decision.editions }, auditHeadHash: auditHead, issuedAt: ctx.now().toISOString(),
  });
  const sha256 = ctx.store.put(bytes);
  const fileName = `${language === 'zh-CN' ? '理赔决定通知书' : 'decision-notice'}-${detail.claim.claimNumber}-${decisionId.slice(0, 8)}.pdf`;
  ctx.transact(currentUser(ctx).id, (tx) => {
    // Two requests for the same notice may race across the await: the first one kept wins.
    if (!noticeOf(tx, decisionId, language)) writeNotice(tx, decision.claimId, { decisionId, language, sha256, fileName, sizeBytes: bytes.byteLength, auditHead });
  });
  const stored = noticeOf(ctx.db, decisionId, language)!;
  return { fileName: stored.fileName, sha256: stored.sha256, bytes: ctx.store.get(stored.sha256) };
}

export const noticeServices = (ctx: ServiceContext): Slice<'notice.create'> => ({
  'notice.create': (r) => createNotice(ctx, r.decisionId, r.language),
});
