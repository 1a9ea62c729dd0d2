import { findAmounts } from '../../../shared/extraction/amounts';
import { readCatalogue } from '../../../shared/extraction/catalogue';
import { readDrugName } from '../../../shared/extraction/drug-names';
import { lineSpan, spanText } from '../layout/spans';
import { issuer, labelDefs, labelled, type Draft, type ReadContext, type TypeReader } from './context';
import { itemsOfTables, type RowView } from './items';
import { withStops } from './stop-labels';
import { readDateValue, readFen, readIdentifier, readOrganisation, readPersonName, readQuantity } from './values';

// 住院费用清单 / 费用明细清单: patient, hospital, admission number, every expense row (name, drug when it
// is one, specification, quantity, unit, unit price, amount, catalogue class, date) and the total.

const LABELS = labelDefs({
  patientName: ['姓名', '患者姓名', '病人姓名', '患者'],
  hospital: ['医院名称', '医疗机构名称', '医疗机构'],
  admissionNumber: ['住院号', '住院编号', '住院流水号'],
  totalFen: ['合计', '费用合计', '总金额', '合计金额', '费用总额', '总计', '总费用', '金额合计'],
});

const TITLE = /(?:住院)?费用(?:明细)?清单|费用明细(?:表|单)?/;

/** The last amount on the table's 合计 line (its amount column), or a labelled total. */
function readTotal(ctx: ReadContext): Draft | null {
  const labelledTotal = labelled(ctx, 'totalFen', (t) => findAmounts(t)[0]?.fen ?? null);
  if (labelledTotal) return labelledTotal;
  for (const t of ctx.model.tables) {
    if (!t.totalLine) continue;
    const span = lineSpan(t.totalLine);
    const amounts = findAmounts(spanText(span));
    const last = amounts[amounts.length - 1];
    if (last) return { key: 'totalFen', value: last.fen, spans: [span], text: last.text, factor: 0.95 };
  }
  return null;
}

function readRow(ctx: ReadContext, row: RowView): Record<string, unknown> | null {
  const name = row.text('name');
  const amount = row.text('amount');
  const amountFen = amount === null ? null : readFen(amount);
  if (!name || amountFen === null) return null;
  const item: Record<string, unknown> = { name };
  const drug = readDrugName(name, ctx.drugs);
  if (drug?.known) item.drug = drug.drug;
  // Text columns the list prints are part of every item, empty or not.
  if (row.has('spec')) item.spec = row.text('spec') ?? '';
  const quantity = row.text('quantity');
  const q = quantity === null ? null : readQuantity(quantity);
  if (q !== null) item.quantity = q;
  if (row.has('unit')) item.unit = row.text('unit') ?? '';
  const price = row.text('unitPrice');
  const priceFen = price === null ? null : readFen(price);
  if (priceFen !== null) item.unitPriceFen = priceFen;
  item.amountFen = amountFen;
  const catalogue = row.text('catalogue');
  const c = catalogue === null ? null : readCatalogue(catalogue);
  if (c) item.catalogue = c;
  const date = row.text('date');
  const iso = date === null ? null : readDateValue(date);
  if (iso) item.date = iso;
  return item;
}

export const expenseListReader: TypeReader = {
  labels: withStops(LABELS),
  read(ctx) {
    const drafts: (Draft | null)[] = [
      labelled(ctx, 'patientName', readPersonName),
      labelled(ctx, 'hospital', readOrganisation) ?? issuer(ctx, TITLE),
      labelled(ctx, 'admissionNumber', readIdentifier),
      readTotal(ctx),
    ];
    const items = itemsOfTables(ctx.model.tables, (row) => readRow(ctx, row), ['name', 'amount']);
    return [...drafts.filter((d): d is Draft => d !== null), ...items];
  },
};
