import { parseAmount } from '../../../shared/extraction/amounts';
import { parseDate } from '../../../shared/extraction/dates';
import { compact, toHalfWidth } from '../../../shared/extraction/width';

// Readers of plain values: what a label's value must look like to be taken.

/** A Chinese personal name (2 to 6 characters, · for minority names) at the start of the value. */
export function readPersonName(text: string): string | null {
  const m = /^[\u4e00-\u9fa5][\u4e00-\u9fa5·•]{1,5}(?![\u4e00-\u9fa5])/.exec(compact(text));
  return m ? m[0].replace('•', '·') : null;
}

/** An organisation's name as printed, without a trailing (章) or (盖章). */
export function readOrganisation(text: string): string | null {
  const s = toHalfWidth(text).replace(/\s+/g, '').replace(/\((?:盖)?章\)$/, '');
  return s.length >= 4 ? s : null;
}

/** A code or number made of digits (spaces inside ignored), as printed without a prefix such as No. */
export function readDigits(text: string): string | null {
  const m = /^(?:NO\.?|№)?(\d{4,20})$/i.exec(compact(text));
  return m ? m[1]! : null;
}

/** An identifier of letters and digits (admission numbers, sample numbers). */
export function readIdentifier(text: string): string | null {
  const s = compact(text);
  return /^[A-Za-z0-9-]{3,24}$/.test(s) ? s : null;
}

/** The text as printed, trimmed (spaces inside kept once). */
export function readText(text: string): string | null {
  const s = text.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

export function readDateValue(text: string): string | null {
  return parseDate(text);
}

/** An amount in fen from a cell holding one figure. */
export function readFen(text: string): number | null {
  return parseAmount(text);
}

/** A quantity: 「2」「2盒」「0.5」 → the number. */
export function readQuantity(text: string): number | null {
  const m = /^[×xX*]?(\d+(?:\.\d+)?)/.exec(compact(text));
  return m ? Number(m[1]) : null;
}
