import type { Catalogue } from '../domain/vocabulary';
import { compact } from './width';

// The basic-insurance catalogue class printed on expense lists: 甲 → A, 乙 → B, 自费 or 丙 → self_pay.

export function readCatalogue(text: string): Catalogue | null {
  const s = compact(text).replace(/[()]/g, '').toUpperCase();
  if (/^(?:甲|A$)/.test(s)) return 'A';
  if (/^(?:乙|B$)/.test(s)) return 'B';
  if (/^(?:丙|C$)|自费/.test(s)) return 'self_pay';
  return null;
}
