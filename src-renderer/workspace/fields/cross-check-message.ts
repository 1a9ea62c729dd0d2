import type { TFunction } from 'i18next';
import type { CrossCheckWarning } from '../../../shared/claim-case/cross-checks';
import { formatCount, formatDate, formatFen } from '../../common/format';

// A cross-document warning as a sentence: amounts in ¥ (exact, from fen), dates and counts in the
// UI language. The params are the check's own (shared/claim-case/cross-checks.ts).

const num = (v: string | number | undefined): number => (typeof v === 'number' ? v : Number(v));
const text = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

export function crossCheckMessage(t: TFunction, language: string, w: CrossCheckWarning): string {
  const p = w.params;
  switch (w.code) {
    case 'PATIENT_NAME_MISMATCH':
      return t('crossChecks.PATIENT_NAME_MISMATCH', { names: text(p.names) });
    case 'INVOICE_ITEMS_TOTAL':
    case 'EXPENSE_LIST_ITEMS_TOTAL':
      return t(`crossChecks.${w.code}`, { stated: formatFen(num(p.statedFen)), sum: formatFen(num(p.sumFen)), difference: formatFen(Math.abs(num(p.statedFen) - num(p.sumFen))) });
    case 'EXPENSE_LIST_VS_INVOICE':
      return t('crossChecks.EXPENSE_LIST_VS_INVOICE', { list: formatFen(num(p.listFen)), invoice: formatFen(num(p.invoiceFen)), difference: formatFen(Math.abs(num(p.listFen) - num(p.invoiceFen))) });
    case 'DOSE_QUANTITY':
      return t('crossChecks.DOSE_QUANTITY', { drug: text(p.drug), needed: formatCount(num(p.neededMg), language), dispensed: formatCount(num(p.dispensedMg), language) });
    case 'DATES_OUT_OF_ORDER':
      return t('crossChecks.DATES_OUT_OF_ORDER', { first: formatDate(text(p.first), language), second: formatDate(text(p.second), language) });
  }
}
