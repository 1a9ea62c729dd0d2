import { caseFromClaim } from '../../shared/claim-case/case-from-claim';
import { ContractError } from '../../shared/contract/errors';
import type { EditionChange, PathwayReview } from '../../shared/domain/review';
import type { Verdict } from '../../shared/domain/vocabulary';
import { checkPathway, toCaseResult } from '../../shared/pathway/evaluate';
import type { PathwayCaseResult } from '../../shared/pathway/types';
import { writeOverride, writePathwayCheck } from '../db/mutations/reviews';
import type { ReadDb } from '../db/handles';
import { claimDetail } from '../db/queries/claim-detail';
import { listOverrides, previousCheck } from '../db/queries/reviews';
import type { WriteTx } from '../db/write';
import { latestEditionId } from '../editions/current';
import { loadEdition } from '../editions/load-edition';
import type { ServiceContext } from './context';
import { currentUser } from './session';
import type { Slice } from './slice';
import { mutateClaim } from './workflow';

// The medical reviewer's pathway check: the engine on the claim's case, every fact linked to its
// document field, the reviewer's overrides beside the engine's verdicts, and what changed since the
// claim was last checked on another edition. Checking only reads; recording a check is its own step.

function diffLines(before: PathwayCaseResult['lines'], after: PathwayCaseResult['lines']): EditionChange[] {
  const old = new Map(before.map((l) => [l.id, l]));
  const changes: EditionChange[] = [];
  for (const line of after) {
    const prev = old.get(line.id);
    if (!prev) continue;
    const same = prev.verdict === line.verdict && prev.recommendationId === line.recommendationId
      && prev.reasons.join() === line.reasons.join();
    if (!same) {
      changes.push({
        treatmentId: line.id, drug: line.drug,
        before: { verdict: prev.verdict, recommendationId: prev.recommendationId, reasons: prev.reasons },
        after: { verdict: line.verdict, recommendationId: line.recommendationId, reasons: line.reasons },
      });
    }
  }
  return changes;
}

export function checkClaimPathway(db: ReadDb, claimId: string, editionId = latestEditionId()): PathwayReview {
  const { case: c, sources } = caseFromClaim(claimDetail(db, claimId));
  const check = checkPathway(c, loadEdition(editionId));
  const previous = previousCheck(db, claimId, check.edition);
  return {
    claimId, edition: check.edition, cancerType: check.cancerType, lines: check.lines, sources,
    overrides: listOverrides(db, claimId),
    previous: previous && { edition: previous.edition, checkedAt: previous.checkedAt, changes: diffLines(previous.lines, toCaseResult(check).lines) },
  };
}

/** Records the claim's check on the newest edition, inside the caller's transaction (a decision records the check it stood on). */
export function recordCheck(tx: WriteTx, claimId: string): { edition: string; checkedAt: string } {
  const result = toCaseResult(checkPathway(caseFromClaim(claimDetail(tx, claimId)).case, loadEdition(latestEditionId())));
  writePathwayCheck(tx, claimId, result);
  return { edition: result.edition, checkedAt: tx.now };
}

/** The engine's verdicts, each replaced by the reviewer's override where there is one. */
export function effectiveVerdicts(db: ReadDb, claimId: string, engine: ReadonlyMap<string, Verdict>): Map<string, Verdict> {
  const out = new Map(engine);
  for (const o of listOverrides(db, claimId)) out.set(o.treatmentId, o.verdict);
  return out;
}

function overridePathway(ctx: ServiceContext, input: { claimId: string; treatmentId: string; verdict: Verdict | null; justification: string }) {
  const user = currentUser(ctx);
  return ctx.transact(user.id, (tx) => {
    const edition = loadEdition(latestEditionId());
    const line = checkPathway(caseFromClaim(claimDetail(tx, input.claimId)).case, edition).lines.find((l) => l.id === input.treatmentId);
    if (!line) throw new ContractError('NOT_FOUND', `claim ${input.claimId} has no treatment ${input.treatmentId}`);
    const before = listOverrides(tx, input.claimId).find((o) => o.treatmentId === input.treatmentId);
    if (input.verdict === null && !before) throw new ContractError('NOT_FOUND', `treatment ${input.treatmentId} has no override to withdraw`);
    mutateClaim(tx, user, input.claimId, { kind: 'pathway.override', payload: { treatmentId: input.treatmentId, verdict: input.verdict, justification: input.justification } },
      () => writeOverride(tx, { ...input, engineVerdict: line.verdict, edition: edition.id }, before && { verdict: before.verdict, justification: before.justification }));
    return { override: listOverrides(tx, input.claimId).find((o) => o.treatmentId === input.treatmentId) ?? null };
  });
}

export const pathwayServices = (ctx: ServiceContext): Slice<'pathway.check' | 'pathway.recordCheck' | 'pathway.override'> => ({
  'pathway.check': (r) => checkClaimPathway(ctx.db, r.claimId, r.edition),
  'pathway.recordCheck': (r) => ctx.transact(currentUser(ctx).id, (tx) => recordCheck(tx, r.claimId)),
  'pathway.override': (r) => overridePathway(ctx, r),
});
