import type { Decision } from '../../shared/domain/decision';
import type { ExpenseRow } from '../../shared/domain/workspace';
import type { PayoutResult } from '../../shared/payout/result';

// A notice states figures the claimant may rely on: one assembled from parts that do not belong
// together (another edition's payout, a line without its expense) must fail, not print.

export class NoticeInputError extends Error {
  override name = 'NoticeInputError';
}

export interface NoticeParts {
  expenses: readonly ExpenseRow[];
  decision: Decision;
  payout: PayoutResult;
  editions: { documents: string; pathway: string; payout: string };
}

export function checkNoticeInput({ expenses, decision, payout, editions }: NoticeParts): void {
  const problems: string[] = [];
  if (decision.editions.pathway !== editions.pathway) problems.push(`the decision's pathway edition is ${decision.editions.pathway}, the notice's ${editions.pathway}`);
  if (decision.editions.payout !== editions.payout) problems.push(`the decision's payout edition is ${decision.editions.payout}, the notice's ${editions.payout}`);
  if (payout.edition !== editions.payout) problems.push(`the payout was calculated under ${payout.edition}, the notice names ${editions.payout}`);
  if (decision.engineFen !== payout.payableFen) problems.push(`the decision's engine amount is ${decision.engineFen} fen, the payout's ${payout.payableFen} fen`);
  if (decision.payableFen > decision.engineFen) problems.push(`the payable amount (${decision.payableFen} fen) is above the engine's (${decision.engineFen} fen)`);
  if (decision.outcome === 'deny' && decision.payableFen !== 0) problems.push(`a denial with ${decision.payableFen} fen payable`);
  const ids = new Set(expenses.map((e) => e.id));
  const orphans = payout.lines.filter((l) => !ids.has(l.id)).map((l) => l.id);
  if (orphans.length > 0) problems.push(`payout lines without an expense line: ${orphans.join(', ')}`);
  if (problems.length > 0) throw new NoticeInputError(`cannot issue the notice of decision ${decision.id}: ${problems.join('; ')}`);
}
