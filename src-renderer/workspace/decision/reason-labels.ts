import type { TFunction } from 'i18next';
import { REASON_CODES, REASON_LABELS, type ReasonCode } from '../../../shared/workflow/reason-codes';
import { pick } from '../../rules/rule-vocabulary';

// Reason codes as people read them, in the UI language: their labels are shared data (the notice
// prints the same words).

export const reasonLabel = (code: ReasonCode, language: string): string => pick(REASON_LABELS[code], language);

/** Options for the searchable multi-select: the label, and the code for those who know it. */
export const reasonOptions = (language: string) =>
  REASON_CODES.map((code) => ({ value: code, label: reasonLabel(code, language), search: `${code} ${REASON_LABELS[code]['zh-CN']} ${REASON_LABELS[code].en}` }));

export const outcomeLabel = (t: TFunction, outcome: string): string => t(`decision.outcomes.${outcome}`, { defaultValue: outcome });
