import type { Expense, PayoutCase } from '../../../shared/domain/case';
import type { Decision } from '../../../shared/domain/decision';
import type { ClaimHeader, ExpenseRow } from '../../../shared/domain/workspace';
import type { Verdict } from '../../../shared/domain/vocabulary';
import { calculatePayout } from '../../../shared/payout';
import type { Outcome } from '../../../shared/workflow/mutations';
import type { ReasonCode } from '../../../shared/workflow/reason-codes';
import { loadProducts } from '../../../src-main/editions/load-products';
import type { NoticeInput } from '../../../src-main/notice/render-notice';

// Claims as a reviewer would see them, priced by the real payout engine on the shipped products, and
// the decisions made on them: the notice is rendered from the same parts the workstation has.

export const EDITIONS = { documents: 'DOC-2025.1', pathway: 'NCCN-NSCLC-2025.3', payout: 'PAY-2025.1' } as const;
export const AUDIT_HEAD = 'e3b7c1f09a5d4426b8f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d';
export const INPUTS_HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

type Line = Pick<ExpenseRow, 'name' | 'kind' | 'setting' | 'catalogue' | 'amountFen'> & {
  drug?: string;
  socialInsurancePaidFen?: number;
  verdict?: Verdict;
};

const row = (l: Line, i: number): ExpenseRow => ({
  id: `E${String(i + 1).padStart(3, '0')}`, name: l.name, kind: l.kind, drug: l.drug ?? null, setting: l.setting, catalogue: l.catalogue,
  amountFen: l.amountFen, socialInsurancePaidFen: l.socialInsurancePaidFen ?? 0, otherPaidFen: 0, treatmentId: null, included: true,
});

/** A lung-cancer claim under the Shanghai Hui Min Bao: every kind of line the engine tells apart. */
export const HMB_LINES: Line[] = [
  { name: '帕博利珠单抗注射液（可瑞达）100mg', kind: 'drug', drug: 'pembrolizumab', setting: 'pharmacy', catalogue: 'self_pay', amountFen: 1_780_000, verdict: 'in_pathway' },
  { name: '帕博利珠单抗注射液（可瑞达）100mg 第 2 周期', kind: 'drug', drug: 'pembrolizumab', setting: 'pharmacy', catalogue: 'self_pay', amountFen: 1_780_000, verdict: 'in_pathway' },
  { name: '信迪利单抗注射液（达伯舒）', kind: 'drug', drug: 'sintilimab', setting: 'pharmacy', catalogue: 'self_pay', amountFen: 620_000, verdict: 'off_pathway' },
  { name: '住院床位费（单人间）', kind: 'service', setting: 'inpatient', catalogue: 'self_pay', amountFen: 1_250_000 },
  { name: '胸腔镜肺叶切除术（自费耗材）', kind: 'service', setting: 'inpatient', catalogue: 'self_pay', amountFen: 2_836_450 },
  { name: '门诊 PET-CT 检查', kind: 'service', setting: 'outpatient', catalogue: 'B', amountFen: 730_000, socialInsurancePaidFen: 0 },
];

/** A claim under the million-yuan medical policy for a condition that predates the policy. */
export const PRE_EXISTING_LINES: Line[] = [
  { name: '奥希替尼片（泰瑞沙）80mg×30片', kind: 'drug', drug: 'osimertinib', setting: 'pharmacy', catalogue: 'B', amountFen: 1_530_000, verdict: 'in_pathway' },
  { name: '住院化疗费用', kind: 'service', setting: 'inpatient', catalogue: 'A', amountFen: 864_020, socialInsurancePaidFen: 512_000 },
];

/** A claim whose drug line waits on the pathway check (a biomarker is missing). */
export const PENDING_LINES: Line[] = [
  { name: '阿替利珠单抗注射液（泰圣奇）1200mg', kind: 'drug', drug: 'atezolizumab', setting: 'pharmacy', catalogue: 'self_pay', amountFen: 3_200_000, verdict: 'insufficient_evidence' },
  { name: '住院检查费', kind: 'service', setting: 'inpatient', catalogue: 'self_pay', amountFen: 1_960_000 },
];

/** Sixty lines: a long hospital stay itemised day by day, to make the table flow over pages. */
export const LONG_LINES: Line[] = Array.from({ length: 60 }, (_, i) => ({
  name: `住院第 ${i + 1} 日 检验及护理费用（自费）`, kind: 'service' as const, setting: 'inpatient' as const, catalogue: 'self_pay' as const,
  amountFen: 45_000 + i * 1_237,
}));

export interface Scenario {
  product: 'HMB-SH-2023' | 'MM-2025';
  lines: Line[];
  preExisting?: boolean;
  /** The special-drug benefit's payments earlier in the policy year (to reach its limit). */
  paidBeforeFen?: Record<string, number>;
}

export const HMB: Scenario = { product: 'HMB-SH-2023', lines: HMB_LINES, paidBeforeFen: { HMB_SPECIAL_DRUG: 98_500_000 } };
export const PRE_EXISTING: Scenario = { product: 'MM-2025', lines: PRE_EXISTING_LINES, preExisting: true };
export const PENDING: Scenario = { product: 'HMB-SH-2023', lines: PENDING_LINES };
export const LONG: Scenario = { product: 'HMB-SH-2023', lines: LONG_LINES };

export interface DecisionSpec {
  outcome: Outcome;
  reasons: ReasonCode[];
  /** What the reviewer set payable; the engine's amount when absent. */
  payableFen?: (engineFen: number) => number;
  note?: string;
  requestedDocuments?: Decision['requestedDocuments'];
  approved?: boolean;
}

export function noticeInput(s: Scenario, d: DecisionSpec, language: NoticeInput['language'] = 'zh-CN'): NoticeInput {
  const expenses = s.lines.map(row);
  const c: PayoutCase = {
    caseId: 'CASE-2025-000417',
    treatments: [],
    claim: {
      product: s.product,
      preExisting: s.preExisting ?? false,
      socialInsuranceSettled: false,
      yearToDate: { deductibleUsedFen: {}, paidFen: s.paidBeforeFen ?? {} },
      expenses: expenses.map((e, i): Expense => ({
        id: e.id, kind: e.kind, drug: e.drug, setting: e.setting, catalogue: e.catalogue, amountFen: e.amountFen,
        socialInsurancePaidFen: e.socialInsurancePaidFen, otherPaidFen: e.otherPaidFen, pathwayVerdict: s.lines[i]?.verdict,
      })),
    },
  };
  const payout = calculatePayout(c, loadProducts(EDITIONS.payout));
  const claim: ClaimHeader = {
    id: 'c-417', claimNumber: 'CLM-2025-000417', status: 'decided', priority: 'normal', claimantName: '王秀英',
    claimantIdMasked: '3101**********0423', product: s.product, policyNumber: 'P-31020087-2024',
    policyStart: '2024-12-01', policyEnd: '2025-11-30',
    diagnosisText: '右肺下叶腺癌（cT2aN2M1c，IVB 期），EGFR 野生型，PD-L1 TPS 60%；胸腔镜右肺下叶切除术后',
    cancerType: 'nsclc', claimedFen: expenses.reduce((a, e) => a + e.amountFen, 0), receivedAt: '2025-05-20T02:15:00Z',
    slaDue: '2025-06-03T02:15:00Z', assigneeId: 'u-li', assigneeName: '李明', version: 7, preExisting: s.preExisting ?? false,
    socialInsuranceSettled: false,
  };
  const decision: Decision = {
    id: 'mut-7f3a9c2e-0d41-4b7e-9a55-3c2b1e8d6f40', claimId: claim.id, outcome: d.outcome,
    payableFen: d.payableFen ? d.payableFen(payout.payableFen) : d.outcome === 'approve' ? payout.payableFen : 0,
    engineFen: payout.payableFen, reasons: d.reasons, note: d.note ?? '', requestedDocuments: d.requestedDocuments ?? [],
    editions: { pathway: EDITIONS.pathway, payout: EDITIONS.payout }, inputsHash: INPUTS_HASH,
    state: d.outcome === 'pend' ? 'pending_info' : 'decided', makerId: 'u-li', makerName: '李明', madeAt: '2025-06-01T06:42:10Z',
    approvedBy: d.approved ? 'u-zhao' : null, approvedByName: d.approved ? '赵敏' : null, approvedAt: d.approved ? '2025-06-02T01:05:00Z' : null,
    approvalNote: null, returnedBy: null, returnedAt: null, returnNote: null,
  };
  return { language, claim, expenses, decision, payout, editions: { ...EDITIONS }, auditHeadHash: AUDIT_HEAD, issuedAt: '2025-06-02T01:30:00Z' };
}
