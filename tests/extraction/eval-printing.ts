import { toChineseCapital } from '../../shared/money';
import type { Rng } from './eval-random';

// How the evaluation documents print values, written from docs/document-types.md independently of the engine:
// dates in every form, amounts with ¥/￥/元 or grouped, 大写 amounts, full-width digits and colons.

export type DateForm = 'iso' | 'chinese' | 'dotted' | 'slash' | 'chinesePadded' | 'spacedChinese';
export type AmountForm = 'plain' | 'grouped' | 'yen' | 'fullYen' | 'yuan' | 'yenGrouped';

export interface Style {
  date: DateForm;
  amount: AmountForm;
  colon: '：' | ':' | '';
  fullWidthDigits: boolean;
}

export function randomStyle(rng: Rng): Style {
  return {
    date: rng.pick(['iso', 'chinese', 'dotted', 'slash', 'chinesePadded', 'spacedChinese'] as const),
    amount: rng.pick(['plain', 'grouped', 'yen', 'fullYen', 'yuan', 'yenGrouped'] as const),
    colon: rng.pick(['：', '：', ':', '', ''] as const),
    fullWidthDigits: rng.chance(0.2),
  };
}

export function fullWidth(text: string): string {
  return text.replace(/[0-9.,:\-/]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

export function printDate(iso: string, style: Style, allowFullWidth = true): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const text = {
    iso,
    chinese: `${y}年${Number(m)}月${Number(d)}日`,
    chinesePadded: `${y}年${m}月${d}日`,
    spacedChinese: `${y} 年 ${Number(m)} 月 ${Number(d)} 日`,
    dotted: `${y}.${m}.${d}`,
    slash: `${y}/${Number(m)}/${Number(d)}`,
  }[style.date];
  return style.fullWidthDigits && allowFullWidth ? fullWidth(text) : text;
}

/** "15300.00" from fen, by integer arithmetic on the digits. */
export function decimal(fen: number, grouped = false): string {
  const digits = String(fen).padStart(3, '0');
  let yuan = digits.slice(0, -2);
  if (grouped) yuan = yuan.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${yuan}.${digits.slice(-2)}`;
}

export function printAmount(fen: number, style: Style): string {
  const text = {
    plain: decimal(fen),
    grouped: decimal(fen, true),
    yen: `¥${decimal(fen)}`,
    yenGrouped: `¥${decimal(fen, true)}`,
    fullYen: `￥${decimal(fen)}`,
    yuan: `${decimal(fen)}元`,
  }[style.amount];
  return style.fullWidthDigits ? fullWidth(text) : text;
}

export function capital(fen: number): string {
  return toChineseCapital(fen);
}

export function label(text: string, style: Style): string {
  return `${text}${style.colon}`;
}

/** A random date between two ISO dates, inclusive. */
export function randomDate(rng: Rng, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const day = 86_400_000;
  const t = a + rng.int(0, Math.floor((b - a) / day)) * day;
  return new Date(t).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
