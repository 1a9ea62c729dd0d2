import { checkCapital, findAmounts, findCapitalAmount } from '../../../shared/extraction/amounts';
import { formatYuan, sumFen } from '../../../shared/money';
import { lineSpan, spanText, type Span } from '../layout/spans';
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
  _otherPaid: ['其他支付'],
});

const AMOUNT_KEYS = ['fundPaidFen', 'personalAccountFen', 'selfShareFen', 'selfPayFen', 'cashPaidFen'] as const;

/** The figure of a total: the first amount that is not part of a 大写 text. */
function readFigure(text: string): number | null {
  const capital = findCapitalAmount(text);
  const rest = capital ? text.replace(capital.text, ' ') : text;
  return findAmounts(rest)[0]?.fen ?? null;
}

const CAPITAL_FACTOR_DISAGREES = 0.5;

/** A figure printed on the 大写 line after the 大写 amount, when the 小写 label itself is not legible. */
function figureBesideCapital(capitalSpan: Span): Draft | null {
  const line = lineSpan(capitalSpan.line);
  const after: Span = { line: line.line, start: capitalSpan.end, end: line.end };
  const figure = findAmounts(spanText(after)).at(-1);
  return figure ? { key: 'totalFen', value: figure.fen, spans: [after], text: figure.text, factor: 0.85 } : null;
}

function readTotal(ctx: ReadContext): Draft | null {
  const capitalSpan = valuesOf(ctx, '_capital').find((s) => findCapitalAmount(spanText(s))) ?? valuesOf(ctx, '_capital')[0];
  const total = labelled(ctx, 'totalFen', readFigure) ?? (capitalSpan ? figureBesideCapital(capitalSpan) : null);
  const capitalOf = (s: Span | undefined) => (s ? findCapitalAmount(spanText(s)) : null);
  const capital = capitalOf(capitalSpan) ?? (total ? capitalOf(total.spans.map((s) => lineSpan(s.line)).find((s) => capitalOf(s))) : null);
  if (!total) {
    return capital && capitalSpan ? { key: 'totalFen', value: capital.fen, spans: [capitalSpan], text: capital.text, factor: 0.85 } : null;
  }
  const fen = total.value as number;
  // A recognised 大写 amount is often only partly legible; it is compared only when it reads to the
  // same order of magnitude as the figures.
  const recognised = total.spans.some((s) => s.line.source === 'ocr');
  const comparable = capital && (!recognised || String(capital.fen).length === String(fen).length);
  if (comparable && checkCapital(fen, capital) === 'disagrees') {
    ctx.warn(`totalFen: the total in figures (${formatYuan(fen)}) disagrees with the total in 大写 ${capital.text} (${formatYuan(capital.fen)})`);
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

/** What a figure may have been before the recogniser garbled its yen sign: read as a 1, 2, 3 or 8, or absorbing a 1. */
function misreadings(fen: number): number[] {
  const digits = String(fen);
  const out = [Number(`1${digits}`)];
  if (digits.length > 3 && /^[1238]/.test(digits)) out.push(Number(digits.slice(1)));
  return out;
}

/**
 * The payment split of the invoice: 合计 = 医保统筹基金支付 + 其他支付 + 个人账户支付 + 个人现金支付.
 * When recognised figures do not add up, the fewest of them replaced by one of their likely
 * misreadings that makes them add up is taken, if there is one such choice and not two (with less
 * confidence); otherwise the disagreement is reported.
 */
function balanceSplit(ctx: ReadContext, drafts: Draft[], itemsFen: number | null): void {
  const total = drafts.find((d) => d.key === 'totalFen');
  const parts = (['fundPaidFen', 'personalAccountFen', 'cashPaidFen'] as const).map((k) => drafts.find((d) => d.key === k));
  if (!total || parts.some((p) => !p)) return;
  const other = labelled(ctx, '_otherPaid', readFen);
  const fields = [total, ...(parts as Draft[]), ...(other ? [other] : [])];
  const values = fields.map((d) => d.value as number);
  const adds = (v: readonly number[]) => v[0] === v.slice(1).reduce((s, x) => s + x, 0);
  if (adds(values)) return;
  const recognised = fields.every((d) => d.spans.every((s) => s.line.source === 'ocr'));
  let best: number[][] = [];
  let fewest = Infinity;
  const options = values.map((v) => [v, ...(recognised ? misreadings(v) : [])]);
  // The items' sum, when it is one of the total's readings, settles the total.
  if (itemsFen !== null && options[0]!.includes(itemsFen)) options[0] = [itemsFen];
  const visit = (i: number, chosen: number[], changes: number) => {
    if (changes > fewest) return;
    if (i === options.length) {
      if (!adds(chosen)) return;
      if (changes < fewest) [best, fewest] = [[], changes];
      best.push([...chosen]);
      return;
    }
    options[i]!.forEach((v, k) => visit(i + 1, [...chosen, v], changes + (k > 0 ? 1 : 0)));
  };
  visit(0, [], 0);
  if (best.length === 1) {
    best[0]!.forEach((v, i) => {
      if (v === values[i]) return;
      fields[i]!.value = v;
      fields[i]!.factor = (fields[i]!.factor ?? 1) * 0.8;
    });
    return;
  }
  ctx.warn(`totalFen: the payments (${values.slice(1).map((v) => formatYuan(v)).join(' + ')}) do not add up to the total ${formatYuan(values[0]!)}`);
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
    const read = drafts.filter((d): d is Draft => d !== null);
    const items = readItems(ctx.model.tables);
    const amounts = items.flatMap((d) => (d.value as { amountFen: number }[]).map((i) => i.amountFen));
    balanceSplit(ctx, read, amounts.length ? sumFen(amounts) : null);
    return [...read, ...items];
  },
};
