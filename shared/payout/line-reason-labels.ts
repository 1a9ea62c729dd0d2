import type { Localized } from './product-schema';
import type { EngineReason } from './result';

// The reason codes a payout line carries, with the labels people read: the engine's own and the
// exclusion reasons the products data names (resources/products). Main prints them on decision
// notices; the wording matches the workspace's (src-renderer/i18n, `payoutReasons`).

export type LabelLanguage = keyof Localized;

/** Exclusion reasons named by the shipped products editions; a new one in the data needs its label here. */
export type ExclusionReason = 'PRE_EXISTING_EXCLUDED';

export const LINE_REASON_LABELS: Record<EngineReason | ExclusionReason, Localized> = {
  NOT_COVERED_SETTING: { 'zh-CN': '不属于保险责任', en: 'Not covered by any benefit' },
  OFF_PATHWAY: { 'zh-CN': '不符合临床路径', en: 'Off the clinical pathway' },
  PATHWAY_PENDING: { 'zh-CN': '待临床路径确认', en: 'Awaiting the pathway check' },
  DEDUCTIBLE: { 'zh-CN': '全部计入免赔额', en: 'Taken by the deductible' },
  LIMIT_REACHED: { 'zh-CN': '已达年度限额', en: 'Annual limit reached' },
  PRE_EXISTING_EXCLUDED: { 'zh-CN': '既往症除外', en: 'Pre-existing condition excluded' },
};

/** The label of a line's reason code; a code this module does not know (newer data) reads as itself. */
export function lineReasonLabel(code: string, language: LabelLanguage): string {
  return Object.hasOwn(LINE_REASON_LABELS, code) ? LINE_REASON_LABELS[code as keyof typeof LINE_REASON_LABELS][language] : code;
}
