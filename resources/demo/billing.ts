import type { Expense } from '../../shared/domain/case';
import type { Catalogue } from '../../shared/domain/vocabulary';
import { percentOf, sumFen } from '../../shared/money';
import type { ClinicalPlan } from './clinical/plan';
import { DRUGS } from './drugs';
import type { ExpenseRow } from './expense-rows';
import type { Random } from './random';

// From the itemised rows to what the invoice prints and what the case carries: invoice categories,
// the basic-insurance settlement (统筹基金, 个人账户, 自付, 自费, 现金) and the case's expense lines.
// An `invoice_total_mismatch` claim prints a 合计 that differs from the sum of its items.

export type InsuranceScheme = 'employee' | 'resident' | 'none';

const FUND_PERCENT: Record<InsuranceScheme, Record<Catalogue, number>> = {
  employee: { A: 85, B: 70, self_pay: 0 },
  resident: { A: 70, B: 55, self_pay: 0 },
  none: { A: 0, B: 0, self_pay: 0 },
};

const CATEGORY_ORDER = ['床位费', '诊查费', '检查费', '化验费', '治疗费', '护理费', '卫生材料费', '西药费', '中成药费'] as const;
const CATALOGUE_ZH: Record<Catalogue, string> = { A: '甲类', B: '乙类', self_pay: '自费' };

export interface Billing {
  rows: ExpenseRow[];
  scheme: InsuranceScheme;
  /** The true sum of the items. */
  totalFen: number;
  /** The 合计 the invoice prints (differs from totalFen only on mismatch claims). */
  printedTotalFen: number;
  categories: { name: string; amountFen: number }[];
  fundPaidFen: number;
  personalAccountFen: number;
  selfShareFen: number;
  selfPayFen: number;
  cashPaidFen: number;
  expenses: Expense[];
  expenseNames: Record<string, string>;
}

/** The case's expense lines: one per claimed drug, the rest grouped by kind and catalogue. */
function caseExpenses(plan: ClinicalPlan, rows: readonly ExpenseRow[], scheme: InsuranceScheme): { expenses: Expense[]; names: Record<string, string> } {
  const setting = plan.encounter;
  const expenses: Expense[] = [];
  const names: Record<string, string> = {};
  const add = (rowsOfLine: readonly ExpenseRow[], line: Omit<Expense, 'id' | 'amountFen' | 'socialInsurancePaidFen' | 'otherPaidFen' | 'setting'>, name: string) => {
    if (rowsOfLine.length === 0) return;
    const id = `E${expenses.length + 1}`;
    const amountFen = sumFen(rowsOfLine.map((r) => r.amountFen));
    expenses.push({ id, ...line, setting, amountFen, socialInsurancePaidFen: percentOf(amountFen, FUND_PERCENT[scheme][line.catalogue]), otherPaidFen: 0 });
    names[id] = name;
  };
  for (const t of plan.treatments) {
    const p = DRUGS[t.drug];
    add(rows.filter((r) => r.treatmentId === t.id), { kind: 'drug', drug: t.drug, catalogue: p.catalogue, treatmentId: t.id }, `${p.product} ${p.spec}`);
  }
  const rest = rows.filter((r) => !r.treatmentId);
  for (const kind of ['drug', 'service'] as const) {
    for (const catalogue of ['A', 'B', 'self_pay'] as const) {
      const group = rest.filter((r) => (r.drug ? 'drug' : 'service') === kind && r.catalogue === catalogue);
      add(group, { kind, catalogue }, `${kind === 'drug' ? '其他药品' : '医疗服务及材料'}（${CATALOGUE_ZH[catalogue]}）`);
    }
  }
  return { expenses, names };
}

/** A 合计 that disagrees with the items the way real ones do: an item counted twice, a round sum, swapped digits. */
function misprintedTotal(totalFen: number, categories: readonly { amountFen: number }[], floorFen: number, rng: Random): number {
  const kind = rng.pick(['duplicated_item', 'round_sum', 'swapped_digits'] as const);
  if (kind === 'duplicated_item') return totalFen + rng.pick(categories).amountFen;
  if (kind === 'swapped_digits') {
    const digits = String(totalFen).split('');
    for (let i = digits.length - 4; i >= 1; i--) {
      if (digits[i] !== digits[i - 1]) {
        [digits[i], digits[i - 1]] = [digits[i - 1]!, digits[i]!];
        const swapped = Number(digits.join(''));
        if (swapped >= floorFen) return swapped;
        break;
      }
    }
  }
  return totalFen + rng.pick([10_000, 50_000, 100_000, 200_000]);
}

export function bill(plan: ClinicalPlan, rows: ExpenseRow[], scheme: InsuranceScheme, mismatch: boolean, rng: Random): Billing {
  const totalFen = sumFen(rows.map((r) => r.amountFen));
  const categories = CATEGORY_ORDER
    .map((name) => ({ name, amountFen: sumFen(rows.filter((r) => r.category === name).map((r) => r.amountFen)) }))
    .filter((c) => c.amountFen > 0);
  const { expenses, names } = caseExpenses(plan, rows, scheme);
  const fundPaidFen = sumFen(expenses.map((e) => e.socialInsurancePaidFen ?? 0));
  const selfPayFen = sumFen(expenses.filter((e) => e.catalogue === 'self_pay').map((e) => e.amountFen));
  const selfShareFen = totalFen - fundPaidFen - selfPayFen;
  const personalAccountFen = scheme === 'employee' ? Math.min(selfShareFen + selfPayFen, rng.pick([0, 0, 30_000, 80_000, 150_000, 260_000])) : 0;
  const printedTotalFen = mismatch ? misprintedTotal(totalFen, categories, fundPaidFen + personalAccountFen, rng) : totalFen;
  return {
    rows, scheme, totalFen, printedTotalFen, categories, fundPaidFen, personalAccountFen,
    // An unsettled bill shows everything as 自费: nothing went through the basic-insurance catalogue.
    selfShareFen: scheme === 'none' ? 0 : selfShareFen,
    selfPayFen: scheme === 'none' ? totalFen : selfPayFen,
    cashPaidFen: printedTotalFen - fundPaidFen - personalAccountFen,
    expenses, expenseNames: names,
  };
}
