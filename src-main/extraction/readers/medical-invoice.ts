import { checkCapital, findAmounts, findCapitalAmount } from '../../../shared/extraction/amounts';
import { formatYuan } from '../../../shared/money';
import { lineSpan, spanText } from '../layout/spans';
import type { Table } from '../layout/tables';
import { type Draft, labelDefs, labelled, type ReadContext, type TypeReader, unlabelledDate, valuesOf } from './context';
import { itemsOfTables } from './items';
import { withStops } from './stop-labels';
import { readDateValue, readDigits, readFen, readOrganisation, readPersonName, readText } from './values';

// 医疗收费票据: codes, payer, date, payee, the settlement amounts, the item categories, and the total
// in figures checked against the total in 大写.

const LABELS = labelDefs({
  invoiceCode: ['票据代码', '发票代码'],
  invoiceNumber: ['票据号码', '发票号码', '票据号', '发票号'],
  issueDate: ['开票日期', '开具日期', '填开日期', '收费日期'],
  hospital: ['收款单位(章)', '收款单位(盖章)', '收款单位', '医疗机构名称', '开票单位'],
  patientName: ['交款人', '患者姓名', '姓名', '患者'],
  insuranceType: ['医保类型', '医疗保险类型', '参保类型', '医保类别'],
  totalFen: ['合计(小写)', '金额合计(小写)', '合计金额(小写)', '(小写)', '小写', '合计', '金额合计', '合计金额', '总金额', '费用总额', '总计'],
  _capital: ['合计(大写)', '金额合计(大写)', '合计金额(大写)', '合计人民币(大写)', '人民币(大写)', '(大写)', '大写'],
  fundPaidFen: ['医保统筹基金支付', '基本医疗保险统筹基金支付', '统筹基金支付', '医保统筹支付', '统筹支付'],
  personalAccountFen: ['个人账户支付', '账户支付'],
  selfShareFen: ['个人自付'],
  selfPayFen: ['个人自费'],
  cashPaidFen: ['个人现金支付', '现金支付'],
});

const AMOUNT_KEYS = ['fundPaidFen', 'personalAccountFen', 'selfShareFen', 'selfPayFen', 'cashPaidFen'] as const;

/** The figure of a total: the first amount that is not part of a 大写 text. */
function readFigure(text: string): number | null {
  const capital = findCapitalAmount(text);
  const rest = capital ? text.replace(capital.text, ' ') : text;
  return findAmounts(rest)[0]?.fen ?? null;
}

const CAPITAL_FACTOR_DISAGREES = 0.5;

function readTotal(ctx: ReadContext): Draft | null {
  const total = labelled(ctx, 'totalFen', readFigure);
  const capitalSpan = valuesOf(ctx, '_capital').find((s) => findCapitalAmount(spanText(s)))
    ?? (total ? total.spans.map((s) => lineSpan(s.line)).find((s) => findCapitalAmount(spanText(s))) : undefined);
  const capital = capitalSpan ? findCapitalAmount(spanText(capitalSpan)) : null;
  if (!total) {
    return capital && capitalSpan ? { key: 'totalFen', value: capital.fen, spans: [capitalSpan], text: capital.text, factor: 0.85 } : null;
  }
  const fen = total.value as number;
  if (checkCapital(fen, capital) === 'disagrees') {
    ctx.warn(`totalFen: the total in figures (${formatYuan(fen)}) disagrees with the total in 大写 ${capital!.text} (${formatYuan(capital!.fen)})`);
    return { ...total, factor: (total.factor ?? 1) * CAPITAL_FACTOR_DISAGREES };
  }
  return total;
}

function readItems(tables: readonly Table[]): Draft[] {
  return itemsOfTables(tables, (row) => {
    const name = row.text('name');
    const amount = row.text('amount');
    const fen = amount === null ? null : readFen(amount);
    return name && fen !== null ? { name, amountFen: fen } : null;
  }, ['name', 'amount']);
}

export const medicalInvoiceReader: TypeReader = {
  labels: withStops(LABELS),
  read(ctx) {
    const drafts: (Draft | null)[] = [
      labelled(ctx, 'invoiceCode', readDigits),
      labelled(ctx, 'invoiceNumber', readDigits),
      labelled(ctx, 'issueDate', readDateValue) ?? unlabelledDate(ctx, 'issueDate'),
      labelled(ctx, 'hospital', readOrganisation),
      labelled(ctx, 'patientName', readPersonName),
      labelled(ctx, 'insuranceType', readText),
      readTotal(ctx),
      ...AMOUNT_KEYS.map((k) => labelled(ctx, k, readFen)),
    ];
    return [...drafts.filter((d): d is Draft => d !== null), ...readItems(ctx.model.tables)];
  },
};
