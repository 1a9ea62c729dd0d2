import type { DoseUnit, Frequency } from '../domain/vocabulary';
import { toHalfWidth } from './width';

// Doses and frequencies as prescriptions and discharge summaries print them: 「80mg」「0.25g」
// 「6mg/kg」「250mg/m²」; 「qd」「每日一次」「1次/日」「每3周一次」「每21天一次」「q3w」.

export interface Dose {
  value: number;
  unit: DoseUnit;
}

const DOSE = /(\d+(?:\.\d+)?)\s*(mg|g|μg|ug|毫克|克)\s*(?:\/\s*(kg|m2|m²|平方米))?/i;
const INFUSION = /(\d+)\s*(?:袋|次输注|剂\s*输注|infusion)/i;

/** A decimal string times 10^shift, exactly (0.15 g is 150 mg, not 150.00000000000003). */
function shiftDecimal(text: string, shift: number): number {
  const [whole = '0', frac = ''] = text.split('.');
  const digits = `${whole}${frac.padEnd(shift, '0')}`;
  const point = whole.length + shift;
  return Number(`${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
}

/** The dose of one administration: grams become milligrams; per-kg and per-m² doses keep their unit. */
export function readDose(text: string): Dose | null {
  const s = toHalfWidth(text);
  const m = DOSE.exec(s);
  if (m) {
    const unit = m[2]!.toLowerCase();
    const scale = unit === 'g' || unit === '克' ? 3 : unit === 'μg' || unit === 'ug' ? -3 : 0;
    const value = scale >= 0 ? shiftDecimal(m[1]!, scale) : Number(m[1]) / 1000;
    const per = m[3]?.toLowerCase();
    const doseUnit: DoseUnit = per === 'kg' ? 'mg/kg' : per ? 'mg/m2' : 'mg';
    return value > 0 ? { value, unit: doseUnit } : null;
  }
  const inf = INFUSION.exec(s);
  return inf && Number(inf[1]) > 0 ? { value: Number(inf[1]), unit: 'infusion' } : null;
}

const COUNT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 六: 6, 七: 7 };
const num = (s: string): number => COUNT[s] ?? Number(s);
const PER_DAY: Record<number, Frequency> = { 1: 'qd', 2: 'bid', 3: 'tid' };
const EVERY_DAYS: Record<number, Frequency> = { 1: 'qd', 7: 'qw', 14: 'q2w', 21: 'q3w', 28: 'q4w', 42: 'q6w' };
const CODES = new Set<string>(['qd', 'bid', 'tid', 'qw', 'q2w', 'q3w', 'q4w', 'q6w']);
const N = '(\\d+|[一二两三四六七])';

/** A frequency to the vocabulary of docs/pathway-rules.md (qd, bid, tid, qw, q2w, q3w, q4w, q6w, once). */
export function readFrequency(text: string): Frequency | null {
  const half = toHalfWidth(text);
  const s = half.replace(/\s+/g, '');
  // Codes are words: 「bid」 in 「1500mg bid」, but not inside 「1500mgbid」 run together.
  const code = half.toLowerCase().replace(/\./g, '');
  const codeMatch = /(?<![a-z])(q[2346]?w|qd|bid|tid)(?![a-z])/.exec(code);
  if (codeMatch && CODES.has(codeMatch[1]!)) return codeMatch[1] as Frequency;
  if (/单次|一次性|once|(?<![a-z])st(?![a-z])|临时/i.test(s)) return 'once';
  let m = new RegExp(`(?:每|一)(?:日|天)${N}次|${N}次/(?:日|天)|(?:每|一)日${N}次`).exec(s);
  if (m) return PER_DAY[num(m[1] ?? m[2] ?? m[3]!)] ?? null;
  m = new RegExp(`每${N}?周${N}次|${N}次/${N}?周`).exec(s);
  if (m) {
    const weeks = num(m[1] ?? m[4] ?? '1');
    const times = num(m[2] ?? m[3]!);
    return times === 1 ? EVERY_DAYS[weeks * 7] ?? null : null;
  }
  m = new RegExp(`每${N}(?:天|日)${N}次`).exec(s);
  if (m && num(m[2]!) === 1) return EVERY_DAYS[num(m[1]!)] ?? null;
  return null;
}
