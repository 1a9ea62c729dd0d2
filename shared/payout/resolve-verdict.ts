import type { Expense, Treatment } from '../domain/case';
import type { Verdict } from '../domain/vocabulary';
import { drugNormaliser, type PayoutContext } from './context';

export type VerdictSource = 'given' | 'pathway' | 'default';

export interface ResolvedVerdict {
  verdict: Verdict;
  source: VerdictSource;
  /** The treatment whose pathway verdict was taken, when it came from the check. */
  treatmentId: string | null;
}

const NO_CLINICAL_INFORMATION: ResolvedVerdict = { verdict: 'insufficient_evidence', source: 'default', treatmentId: null };

/**
 * A drug line's pathway verdict (docs/payout-rules.md §2): the one given on the line; else the check's verdict
 * for the treatment named by `treatmentId`; else for the first treatment of the same drug; else
 * `insufficient_evidence`, so that the line pends.
 */
export function resolveVerdict(expense: Expense, treatments: readonly Treatment[], context: PayoutContext): ResolvedVerdict {
  if (expense.pathwayVerdict) return { verdict: expense.pathwayVerdict, source: 'given', treatmentId: null };
  const verdicts = context.pathwayVerdicts;
  if (!verdicts) return NO_CLINICAL_INFORMATION;
  const named = expense.treatmentId == null ? undefined : verdicts.get(expense.treatmentId);
  if (named) return { verdict: named, source: 'pathway', treatmentId: expense.treatmentId ?? null };
  if (expense.drug == null) return NO_CLINICAL_INFORMATION;
  const normalise = drugNormaliser(context);
  const drug = normalise(expense.drug);
  const same = treatments.find((t) => normalise(t.drug) === drug);
  const verdict = same && verdicts.get(same.id);
  return same && verdict ? { verdict, source: 'pathway', treatmentId: same.id } : NO_CLINICAL_INFORMATION;
}
