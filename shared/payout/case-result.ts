import type { PayoutResult } from './result';

/** The `payout` result of the case exchange format (docs/case-format.md), key order included. */
export interface PayoutCaseResult {
  caseId: string;
  edition: string;
  product: string;
  status: PayoutResult['status'];
  payableFen: number;
  lines: {
    id: string; benefit: string | null; status: PayoutResult['lines'][number]['status'];
    eligibleFen: number; deductibleFen: number; percent: number | null; payableFen: number; reasons: string[];
  }[];
}

export function toCaseResult(result: PayoutResult): PayoutCaseResult {
  return {
    caseId: result.caseId,
    edition: result.edition,
    product: result.product,
    status: result.status,
    payableFen: result.payableFen,
    lines: result.lines.map((l) => ({
      id: l.id, benefit: l.benefit, status: l.status, eligibleFen: l.eligibleFen, deductibleFen: l.deductibleFen,
      percent: l.percent, payableFen: l.payableFen, reasons: [...l.reasons],
    })),
  };
}
