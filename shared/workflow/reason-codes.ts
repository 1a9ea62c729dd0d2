// The reason codes a decision (or an audit finding) gives, with the labels people read. The codes are
// the centre's vocabulary (docs/workflow.md): never rename one; add new ones at the end.
export const REASON_CODES = [
  'APPROVED', 'OFF_PATHWAY_LINE', 'NOT_COVERED_ITEM', 'LIMIT_REACHED', 'DEDUCTIBLE', 'PRE_EXISTING', 'WAITING_PERIOD',
  'POLICY_INACTIVE', 'DUPLICATE_CLAIM', 'FRAUD_SUSPECTED', 'MISSING_DOCUMENT', 'MISSING_BIOMARKER', 'ILLEGIBLE_DOCUMENT',
  'NEEDS_MEDICAL_REVIEW', 'NEEDS_INVESTIGATION',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export const REASON_LABELS: Record<ReasonCode, { 'zh-CN': string; en: string }> = {
  APPROVED: { 'zh-CN': '同意赔付', en: 'Approved' },
  OFF_PATHWAY_LINE: { 'zh-CN': '用药超出临床路径', en: 'Drug line off the clinical pathway' },
  NOT_COVERED_ITEM: { 'zh-CN': '不属于保险责任的项目', en: 'Item not covered' },
  LIMIT_REACHED: { 'zh-CN': '已达保险金额上限', en: 'Benefit limit reached' },
  DEDUCTIBLE: { 'zh-CN': '免赔额内', en: 'Within the deductible' },
  PRE_EXISTING: { 'zh-CN': '既往症', en: 'Pre-existing condition' },
  WAITING_PERIOD: { 'zh-CN': '等待期内出险', en: 'Within the waiting period' },
  POLICY_INACTIVE: { 'zh-CN': '保单未生效或已失效', en: 'Policy not in force' },
  DUPLICATE_CLAIM: { 'zh-CN': '重复申请理赔', en: 'Duplicate claim' },
  FRAUD_SUSPECTED: { 'zh-CN': '涉嫌欺诈', en: 'Suspected fraud' },
  MISSING_DOCUMENT: { 'zh-CN': '理赔材料不全', en: 'Missing document' },
  MISSING_BIOMARKER: { 'zh-CN': '缺少生物标志物检测结果', en: 'Missing biomarker result' },
  ILLEGIBLE_DOCUMENT: { 'zh-CN': '材料无法辨认', en: 'Illegible document' },
  NEEDS_MEDICAL_REVIEW: { 'zh-CN': '需医学审核', en: 'Needs medical review' },
  NEEDS_INVESTIGATION: { 'zh-CN': '需调查核实', en: 'Needs investigation' },
};
