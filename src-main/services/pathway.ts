import { caseFromClaim } from '../../shared/claim-case/case-from-claim';
import { ContractError } from '../../shared/contract/errors';
import type { EditionChange, PathwayReview } from '../../shared/domain/review';
import type { Verdict } from '../../shared/domain/vocabulary';
import { checkPathway, toCaseResult } from '../../shared/pathway/evaluate';
import type { PathwayCaseResult } from '../../shared/pathway/types';
import { recordPathwayCheck, setPathwayOverride } from '../db/mutations/reviews';
import { claimDetail } from '../db/queries/claim-detail';
import { listOverrides, previousCheck } from '../db/queries/reviews';
import { latestEditionId } from '../editions/current';
import { loadEdition } from '../editions/load-edition';
import type { ServiceContext } from './context';
import { currentUser } from './session';

// The medical reviewer's pathway check: the engine on the claim's case, every fact linked to its
// document field, the reviewer's overrides beside the engine's verdicts, and what changed since the
// claim was last checked on another edition.

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

export function checkClaimPathway(ctx: ServiceContext, claimId: string, editionId = latestEditionId()): PathwayReview {
  const detail = claimDetail(ctx.db, claimId);
  const { case: c, sources } = caseFromClaim(detail);
  const check = checkPathway(c, loadEdition(editionId));
  const result = toCaseResult(check);
  const previous = previousCheck(ctx.db, claimId, check.edition);
  recordPathwayCheck(ctx.db, currentUser(ctx).id, claimId, result);
  return {
    claimId, edition: check.edition, cancerType: check.cancerType, lines: check.lines, sources,
    overrides: listOverrides(ctx.db, claimId),
    previous: previous && { edition: previous.edition, checkedAt: previous.checkedAt, changes: diffLines(previous.lines, result.lines) },
  };
}

/** The engine's verdicts, each replaced by the reviewer's override where there is one. */
export function effectiveVerdicts(ctx: ServiceContext, claimId: string, engine: ReadonlyMap<string, Verdict>): Map<string, Verdict> {
  const out = new Map(engine);
  for (const o of listOverrides(ctx.db, claimId)) out.set(o.treatmentId, o.verdict);
  return out;
}

export function overridePathway(ctx: ServiceContext, input: { claimId: string; treatmentId: string; verdict: Verdict | null; justification: string }) {
  const user = currentUser(ctx);
  if (!user.roles.includes('medical_reviewer')) {
    throw new ContractError('FORBIDDEN', `${user.name} is not a medical reviewer: only medical reviewers override pathway verdicts`);
  }
  const detail = claimDetail(ctx.db, input.claimId);
  const edition = loadEdition(latestEditionId());
  const line = checkPathway(caseFromClaim(detail).case, edition).lines.find((l) => l.id === input.treatmentId);
  if (!line) throw new ContractError('NOT_FOUND', `claim ${input.claimId} has no treatment ${input.treatmentId}`);
  setPathwayOverride(ctx.db, user.id, { ...input, engineVerdict: line.verdict, edition: edition.id });
  return { override: listOverrides(ctx.db, input.claimId).find((o) => o.treatmentId === input.treatmentId) ?? null };
}
