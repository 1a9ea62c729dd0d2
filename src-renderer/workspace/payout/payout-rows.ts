import type { FactSource } from '../../../shared/claim-case/case-from-claim';
import type { ExpenseRow } from '../../../shared/domain/workspace';
import { sumFen } from '../../../shared/money';
import type { PayoutLine } from '../../../shared/payout/result';
import { findFactSource } from '../pathway/fact-source';

// The payout table's rows: every expense line of the claim in its order, with the engine's result
// for the lines included in the payout; lines taken out are listed too (greyed) so they can be put
// back. Pure: no DOM.

export interface PayoutRow {
  id: string;
  /** The claim's expense line; null only if the result names a line the claim no longer lists. */
  expense: ExpenseRow | null;
  /** The engine's result; null for a line taken out of the payout. */
  line: PayoutLine | null;
  /** The line's position in the case's expenses (what `claim.expenses[i]` sources refer to). */
  caseIndex: number | null;
}

export function payoutRows(expenses: readonly ExpenseRow[], lines: readonly PayoutLine[]): PayoutRow[] {
  const byId = new Map(lines.map((line, caseIndex) => [line.id, { line, caseIndex }]));
  const rows: PayoutRow[] = expenses.map((expense) => {
    const hit = expense.included ? byId.get(expense.id) : undefined;
    return { id: expense.id, expense, line: hit?.line ?? null, caseIndex: hit?.caseIndex ?? null };
  });
  const listed = new Set(expenses.map((e) => e.id));
  lines.forEach((line, caseIndex) => {
    if (!listed.has(line.id)) rows.push({ id: line.id, expense: null, line, caseIndex });
  });
  return rows;
}

export interface PayoutTotals { eligibleFen: number; deductibleFen: number; payableFen: number }

/** Column totals of the lines the engine calculated (exact integer sums). */
export function payoutTotals(lines: readonly PayoutLine[]): PayoutTotals {
  return {
    eligibleFen: sumFen(lines.map((l) => l.eligibleFen)),
    deductibleFen: sumFen(lines.map((l) => l.deductibleFen)),
    payableFen: sumFen(lines.map((l) => l.payableFen)),
  };
}

/** The document field an expense line's amount was read from, if the case builder recorded one. */
export function expenseSource(sources: Readonly<Record<string, FactSource>>, caseIndex: number | null): FactSource | null {
  if (caseIndex === null) return null;
  const at = `claim.expenses[${caseIndex}]`;
  return findFactSource(sources, `${at}.amountFen`) ?? findFactSource(sources, at);
}
