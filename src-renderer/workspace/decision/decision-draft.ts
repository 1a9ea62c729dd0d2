import type { RequestOf } from '../../../shared/contract/handlers';
import type { DocumentType } from '../../../shared/domain/document';
import { parseYuan } from '../../../shared/money';
import type { Outcome } from '../../../shared/workflow/mutations';
import type { ReasonCode } from '../../../shared/workflow/reason-codes';
import { fenToYuanText } from '../../common/format';

// The decision being written in the tab, and what is still wrong with it: the same rules main
// enforces (docs/workflow.md, "Decisions on the workstation"), checked here so the adjuster sees
// them before sending. Pure: no React.

export interface DecisionDraft {
  outcome: Outcome | null;
  /** The payable amount as typed, in yuan. */
  payable: string;
  reasons: ReasonCode[];
  note: string;
  requestedDocuments: DocumentType[];
}

export type DraftProblem =
  | 'OUTCOME_MISSING' | 'GUARDS_OPEN' | 'PAYABLE_INVALID' | 'PAYABLE_ABOVE_ENGINE' | 'PARTIAL_NEEDS_REASON'
  | 'DENY_NEEDS_REASON' | 'PEND_NEEDS_DOCUMENTS';

export const emptyDraft = (engineFen: number, missing: readonly DocumentType[]): DecisionDraft =>
  ({ outcome: null, payable: fenToYuanText(engineFen), reasons: [], note: '', requestedDocuments: [...missing] });

/** The amount the outcome pays: the engine's figure for an approval, nothing for a denial or pend, as typed for a partial. */
export function payableFen(draft: DecisionDraft, engineFen: number): number | null {
  if (draft.outcome === 'approve') return engineFen;
  if (draft.outcome === 'deny' || draft.outcome === 'pend') return 0;
  try {
    return parseYuan(draft.payable);
  } catch {
    return null;
  }
}

export function draftProblems(draft: DecisionDraft, engineFen: number, openGuards: number): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.outcome) return ['OUTCOME_MISSING'];
  const pays = draft.outcome === 'approve' || draft.outcome === 'partial';
  if (pays && openGuards > 0) problems.push('GUARDS_OPEN');
  const fen = payableFen(draft, engineFen);
  if (fen === null) problems.push('PAYABLE_INVALID');
  else if (fen > engineFen) problems.push('PAYABLE_ABOVE_ENGINE');
  if (draft.outcome === 'partial' && draft.reasons.length === 0) problems.push('PARTIAL_NEEDS_REASON');
  if (draft.outcome === 'deny' && draft.reasons.length === 0) problems.push('DENY_NEEDS_REASON');
  if (draft.outcome === 'pend' && draft.requestedDocuments.length === 0) problems.push('PEND_NEEDS_DOCUMENTS');
  return problems;
}

/** The request for decision.submit (call only when draftProblems is empty). */
export function submitRequest(draft: DecisionDraft, engineFen: number): Omit<RequestOf<'decision.submit'>, 'claimId'> {
  return {
    outcome: draft.outcome!,
    payableFen: payableFen(draft, engineFen)!,
    reasons: draft.reasons,
    note: draft.note.trim(),
    requestedDocuments: draft.outcome === 'pend' ? draft.requestedDocuments : [],
  };
}
