import type { DocumentType } from '../../shared/domain/document';
import type { Localized } from '../../shared/payout/product-schema';
import type { Outcome } from '../../shared/workflow/mutations';

// Every word the decision notice prints, in both of its languages. The notice goes to the claimant,
// so the wording is the insurer's to the customer, not the reviewer's shorthand of the workspace.

export type NoticeLanguage = keyof Localized;

export const NOTICE_LABELS = {
  title: { 'zh-CN': '理赔决定通知书', en: 'Claim Decision Notice' },
  issued: { 'zh-CN': '出具时间', en: 'Issued' },
  claimant: { 'zh-CN': '申请人', en: 'Claimant' },
  claimNumber: { 'zh-CN': '赔案号', en: 'Claim number' },
  policyNumber: { 'zh-CN': '保单号', en: 'Policy number' },
  product: { 'zh-CN': '保险产品', en: 'Product' },
  diagnosis: { 'zh-CN': '诊断', en: 'Diagnosis' },

  expenses: { 'zh-CN': '费用明细及赔付计算', en: 'Expenses and payout calculation' },
  expense: { 'zh-CN': '费用项目', en: 'Expense' },
  claimed: { 'zh-CN': '申请金额', en: 'Claimed' },
  eligible: { 'zh-CN': '可赔金额', en: 'Eligible' },
  deductible: { 'zh-CN': '免赔额', en: 'Deductible' },
  percent: { 'zh-CN': '比例', en: 'Rate' },
  paid: { 'zh-CN': '赔付金额', en: 'Paid' },
  basis: { 'zh-CN': '依据', en: 'Basis' },
  total: { 'zh-CN': '合计', en: 'Total' },
  clausesCited: { 'zh-CN': '所引条款', en: 'Clauses cited' },

  benefits: { 'zh-CN': '保障责任使用情况（本保单年度）', en: 'Benefits used (this policy year)' },
  benefit: { 'zh-CN': '保障责任', en: 'Benefit' },
  annualDeductible: { 'zh-CN': '年度免赔额', en: 'Deductible' },
  deductibleTaken: { 'zh-CN': '本次计入免赔', en: 'Deductible taken' },
  limit: { 'zh-CN': '年度限额', en: 'Limit' },
  paidBefore: { 'zh-CN': '此前已赔付', en: 'Paid before' },
  paidNow: { 'zh-CN': '本次赔付', en: 'Paid now' },
  limitRemaining: { 'zh-CN': '剩余限额', en: 'Limit remaining' },

  decision: { 'zh-CN': '理赔决定', en: 'Decision' },
  outcome: { 'zh-CN': '决定', en: 'Outcome' },
  engineAmount: { 'zh-CN': '理算金额', en: 'Calculated payout' },
  adjustment: { 'zh-CN': '核定调整', en: 'Adjustment' },
  payable: { 'zh-CN': '核定赔付金额', en: 'Amount payable' },
  nothingPaid: { 'zh-CN': '本案不予赔付，赔付金额为零。', en: 'Nothing is paid on this claim.' },
  pendingAmount: {
    'zh-CN': '收到上述材料后，我们将继续审核并核定赔付金额。',
    en: 'Once these documents arrive, the claim will be reviewed further and the amount payable settled.',
  },
  reasons: { 'zh-CN': '决定理由', en: 'Reasons' },
  note: { 'zh-CN': '说明', en: 'Note' },
  requestedDocuments: { 'zh-CN': '需补充材料', en: 'Documents requested' },
  madeBy: { 'zh-CN': '经办人', en: 'Made by' },
  approvedBy: { 'zh-CN': '审批人', en: 'Approved by' },

  documentsEdition: { 'zh-CN': '单证版本', en: 'Documents edition' },
  pathwayEdition: { 'zh-CN': '临床路径版本', en: 'Pathway edition' },
  payoutEdition: { 'zh-CN': '赔付规则版本', en: 'Payout edition' },
  decisionId: { 'zh-CN': '决定编号', en: 'Decision' },
  inputsHash: { 'zh-CN': '输入摘要', en: 'Inputs hash' },
  auditHead: { 'zh-CN': '审计链头', en: 'Audit head' },
} as const satisfies Record<string, Localized>;

export const OUTCOME_LABELS: Record<Outcome, Localized> = {
  approve: { 'zh-CN': '同意赔付', en: 'Approved' },
  partial: { 'zh-CN': '部分赔付', en: 'Partially approved' },
  deny: { 'zh-CN': '拒绝赔付', en: 'Denied' },
  pend: { 'zh-CN': '暂缓决定，待补充材料', en: 'Pending: documents requested' },
};

export const DOCUMENT_TYPE_NAMES: Record<DocumentType, Localized> = {
  medical_invoice: { 'zh-CN': '医疗收费票据', en: 'Medical invoice' },
  expense_list: { 'zh-CN': '费用清单', en: 'Expense list' },
  discharge_summary: { 'zh-CN': '出院小结', en: 'Discharge summary' },
  pathology_report: { 'zh-CN': '病理报告', en: 'Pathology report' },
  genetic_report: { 'zh-CN': '基因检测报告', en: 'Genetic test report' },
  prescription: { 'zh-CN': '处方', en: 'Prescription' },
  other: { 'zh-CN': '其他材料', en: 'Other document' },
};

/** `第 2 页，共 3 页` / `Page 2 of 3`. */
export function pageLabel(page: number, count: number, language: NoticeLanguage): string {
  return language === 'zh-CN' ? `第 ${page} 页，共 ${count} 页` : `Page ${page} of ${count}`;
}

/** How a list of labels reads inline in each language. */
export const listSeparator = (language: NoticeLanguage): string => (language === 'zh-CN' ? '；' : '; ');
