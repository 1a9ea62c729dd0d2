import { readDrugName } from '../../../shared/extraction/drug-names';
import { readDose, readFrequency } from '../../../shared/extraction/dosing';
import { compact, toHalfWidth } from '../../../shared/extraction/width';
import type { Line } from '../layout/lines';
import { lineSpan, spanText, type Span } from '../layout/spans';
import { type Draft, issuer, labelDefs, labelled, type ReadContext, type TypeReader, unlabelledDate } from './context';
import type { ColumnRole } from '../layout/tables';
import { itemsOfTables, type RowView } from './items';
import { withStops } from './stop-labels';
import { readDateValue, readOrganisation, readPersonName, readQuantity } from './values';

// 处方笺: patient, hospital, date, doctor and the prescribed items (drug, dose per administration,
// frequency, quantity dispensed, days). Items are a table on some forms; on most they follow 「Rp」,
// each a line naming the product (with its pack specification and quantity) and a usage line.

const LABELS = labelDefs({
  patientName: ['姓名', '患者姓名', '病人姓名'],
  hospital: ['医院名称', '医疗机构名称', '医疗机构'],
  prescriptionDate: ['开具日期', '处方日期', '开方日期', '日期'],
  doctor: ['医师', '处方医师', '开方医师', '医师签名', '医生', '开方医生', '处方医生'],
});

const TITLE = /处方笺|处方/;
// A pack specification (80mg×30片, 100mg/4ml, 4ml:8mg, 0.25g×10片) is not a dose.
const SPEC = /\d+(?:\.\d+)?(?:mg|g|μg|ug|ml)(?:[*×xX:/]\d+(?:\.\d+)?(?:mg|g|ml|片|粒|支|瓶|袋)?)+/gi;
const PER_DOSE = /(?:每次|一次|单次|每次剂量)[:\s]*(\d+(?:\.\d+)?\s*(?:mg|g|μg|ug)(?:\s*\/\s*(?:kg|m2|m²))?)/i;
const QUANTITY = /(?:[×xX*]\s*|数量[:\s]*|共\s*)(\d+)\s*(?:盒|瓶|支|袋|板|粒|片|包|剂)/;
const DAYS = /(?:共|×|x|用)\s*(\d+)\s*天|(\d+)\s*天量|疗程[:\s]*(\d+)\s*天/;
const INJECTED = /静脉滴注|静滴|静脉注射|静推|静脉输注|皮下注射|肌肉注射|ivgtt|(?<![a-z])i\.?v(?![a-z])/i;
const ITEM_START = /^\s*(?:\d+\s*[.、)）]|Rp[.:]?|R[:：])\s*/i;
const END = /医师|金额|调配|核对|发药|药师|审核|签名|合计/;

/**
 * An item from its product text (name, pack, quantity) and its usage text (dose, route, frequency,
 * days). The dose is the one per administration: 「每次80mg」, else the first dose of the usage.
 */
function itemValue(ctx: ReadContext, name: string, product: string, usage: string): Record<string, unknown> | null {
  const reading = readDrugName(name, ctx.drugs);
  if (!reading) return null;
  const item: Record<string, unknown> = { drug: reading.drug };
  const productText = toHalfWidth(product).replace(SPEC, ' ');
  const usageText = toHalfWidth(usage).replace(SPEC, ' ');
  const perDose = PER_DOSE.exec(usageText) ?? PER_DOSE.exec(productText);
  const dose = readDose(perDose ? perDose[1]! : usageText);
  if (dose) {
    item.doseValue = dose.value;
    item.doseUnit = dose.unit;
  }
  const frequency = readFrequency(usageText) ?? readFrequency(productText);
  if (frequency) item.frequency = frequency;
  const quantity = QUANTITY.exec(productText) ?? QUANTITY.exec(usageText);
  if (quantity) item.quantity = Number(quantity[1]);
  const days = DAYS.exec(usageText) ?? DAYS.exec(productText);
  if (days) item.days = Number(days[1] ?? days[2] ?? days[3]);
  // An injection prescribed for administration covers the day it is given.
  else if (INJECTED.test(usageText)) item.days = 1;
  return item;
}

/** The product name of an item line: what is left before its specification and quantity. */
function productName(text: string): string {
  const body = text.replace(ITEM_START, '');
  const cut = body.search(/\s|\d+(?:\.\d+)?\s*(?:mg|g|μg|ug|ml)|[×xX*]\s*\d/i);
  return (cut > 0 ? body.slice(0, cut) : body).trim();
}

/** Rp items: a line naming a drug starts an item, the lines after it (until the next) are its usage. */
function rpItems(ctx: ReadContext): Draft | null {
  const lines = ctx.model.lines.filter((l) => !ctx.model.inTables.has(l));
  const items: Record<string, unknown>[] = [];
  const spans: Span[] = [];
  const texts: string[] = [];
  let current: { line: Line; usage: Line[] } | null = null;
  const flush = () => {
    if (!current) return;
    const usage = current.usage.map((l) => l.text).join(' ');
    const name = productName(current.line.text);
    const item = itemValue(ctx, name, current.line.text.replace(name, ' '), usage);
    if (item) {
      items.push(item);
      for (const l of [current.line, ...current.usage]) {
        spans.push(lineSpan(l));
        texts.push(spanText(lineSpan(l)));
      }
    }
    current = null;
  };
  for (const line of lines) {
    const key = compact(line.text);
    const name = productName(line.text);
    const drug = name ? readDrugName(name, ctx.drugs) : null;
    const startsItem = drug?.known || (ITEM_START.test(line.text) && /\d+\s*[.、)）]/.test(line.text.slice(0, 4)) && /[\u4e00-\u9fff]{2,}/.test(name));
    if (startsItem && !/用法|用量|每次|Sig/i.test(key.slice(0, 4))) {
      flush();
      current = { line, usage: [] };
    } else if (current && (END.test(key.slice(0, 6)) || line.page !== current.line.page)) {
      flush();
    } else if (current) {
      current.usage.push(line);
    }
  }
  flush();
  return items.length ? { key: 'items', value: items, spans, text: texts.join('\n') } : null;
}

const PRODUCT_COLUMNS = ['spec', 'quantity'] as const;
const USAGE_COLUMNS = ['dose', 'usage', 'route', 'frequency', 'days'] as const;

/** A table row: quantity and days have cells of their own (「2盒」「30天」). */
function tableItem(ctx: ReadContext, row: RowView): Record<string, unknown> | null {
  const name = row.text('name');
  if (!name) return null;
  const text = (roles: readonly ColumnRole[]) => roles.map((r) => row.text(r) ?? '').join(' ');
  const item = itemValue(ctx, name, text(PRODUCT_COLUMNS), text(USAGE_COLUMNS));
  const quantity = readQuantity(row.text('quantity') ?? '');
  if (item && quantity !== null) item.quantity = quantity;
  const days = readQuantity(row.text('days') ?? '');
  if (item && days !== null) item.days = days;
  return item;
}

export const prescriptionReader: TypeReader = {
  labels: withStops(LABELS),
  read(ctx) {
    const tableItems = itemsOfTables(ctx.model.tables, (row) => tableItem(ctx, row), ['name']);
    const drafts: (Draft | null)[] = [
      labelled(ctx, 'patientName', readPersonName),
      labelled(ctx, 'hospital', readOrganisation) ?? issuer(ctx, TITLE),
      labelled(ctx, 'prescriptionDate', readDateValue) ?? unlabelledDate(ctx, 'prescriptionDate'),
      labelled(ctx, 'doctor', readPersonName),
      ...(tableItems.length ? tableItems : [rpItems(ctx)]),
    ];
    return drafts.filter((d): d is Draft => d !== null);
  },
};
