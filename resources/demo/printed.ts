import type { Frequency } from '../../shared/domain/vocabulary';
import type { Random } from './random';

// How values are printed on the documents. Real paperwork varies by hospital system: dates as
// 2025年3月1日, 2025-03-01 or 2025.03.01, amounts with ¥, ￥ or 元, labels with or without colons,
// sometimes full-width digits. Each document picks one style and sticks to it, as a printer would.

export type DateStyle = 'iso' | 'chinese' | 'dotted';
export type AmountStyle = 'plain' | 'grouped' | 'yen' | 'fullwidth_yen' | 'yuan';
export type LabelStyle = 'fullwidth_colon' | 'colon' | 'none';

export interface PrintStyle {
  date: DateStyle;
  amount: AmountStyle;
  label: LabelStyle;
  /** Digits of header values (dates, numbers, totals) printed full-width, as some invoice systems do. */
  fullwidthDigits: boolean;
}

export function randomPrintStyle(rng: Random): PrintStyle {
  return {
    date: rng.weighted([['iso', 4], ['chinese', 4], ['dotted', 2]] as const),
    amount: rng.weighted([['plain', 3], ['grouped', 2], ['yen', 2], ['fullwidth_yen', 2], ['yuan', 1]] as const),
    label: rng.weighted([['fullwidth_colon', 6], ['colon', 2], ['none', 2]] as const),
    fullwidthDigits: rng.chance(0.12),
  };
}

export function fullwidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

export function label(text: string, style: PrintStyle): string {
  if (style.label === 'fullwidth_colon') return `${text}：`;
  if (style.label === 'colon') return `${text}:`;
  return text;
}

export function printDate(isoDate: string, style: PrintStyle, digits = style.fullwidthDigits): string {
  const [y, m, d] = isoDate.split('-') as [string, string, string];
  const text = style.date === 'iso' ? isoDate
    : style.date === 'dotted' ? `${y}.${m}.${d}`
      : `${y}年${Number(m)}月${Number(d)}日`;
  return digits ? fullwidthDigits(text) : text;
}

/** "15300.00" from 1530000 fen, by string arithmetic on the integer (never a float). */
export function decimalYuan(fen: number, grouped = false): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0');
  let yuan = digits.slice(0, -2);
  if (grouped) yuan = yuan.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${yuan}.${digits.slice(-2)}`;
}

/** A header amount (totals, payments) in the document's style. */
export function printAmount(fen: number, style: PrintStyle): string {
  const text = style.amount === 'grouped' ? decimalYuan(fen, true)
    : style.amount === 'yen' ? `¥${decimalYuan(fen, true)}`
      : style.amount === 'fullwidth_yen' ? `￥${decimalYuan(fen)}`
        : style.amount === 'yuan' ? `${decimalYuan(fen)}元`
          : decimalYuan(fen);
  return style.fullwidthDigits ? fullwidthDigits(text) : text;
}

/** Prescription and discharge wording of a frequency. */
const FREQUENCY_WORDS: Record<Frequency, readonly string[]> = {
  qd: ['qd', '每日一次', '1次/日'],
  bid: ['bid', '每日两次', '2次/日'],
  tid: ['tid', '每日三次', '3次/日'],
  qw: ['qw', '每周一次'],
  q2w: ['q2w', '每2周一次', '每14天一次'],
  q3w: ['q3w', '每3周一次', '每21天一次'],
  q4w: ['q4w', '每4周一次'],
  q6w: ['q6w', '每6周一次'],
  once: ['单次', '一次性'],
};

export function printFrequency(frequency: Frequency, rng: Random): string {
  return rng.pick(FREQUENCY_WORDS[frequency]);
}
