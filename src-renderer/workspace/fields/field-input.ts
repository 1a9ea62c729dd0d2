import { parseYuan } from '../../../shared/money';
import { fenToYuanText } from '../../common/format';
import type { FieldKind } from './field-kind';

// The editor's text for a value, and the value for the editor's text. Amounts are typed in yuan and
// become fen through shared/money's exact parser (strings to integers, never floats).

export type InputProblem = 'required' | 'invalidAmount' | 'invalidDate' | 'invalidNumber' | { json: string };
export type ParsedInput = { ok: true; value: unknown } | { ok: false; problem: InputProblem };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function inputText(kind: FieldKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'amount': return typeof value === 'number' && Number.isSafeInteger(value) ? fenToYuanText(value) : String(value);
    case 'list': return JSON.stringify(value, null, 2);
    default: return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

export function parseInput(kind: FieldKind, text: string): ParsedInput {
  const s = text.trim();
  if (!s) return { ok: false, problem: 'required' };
  switch (kind) {
    case 'amount':
      try {
        return { ok: true, value: parseYuan(s) };
      } catch {
        return { ok: false, problem: 'invalidAmount' };
      }
    case 'date':
      return isCalendarDate(s) ? { ok: true, value: s } : { ok: false, problem: 'invalidDate' };
    case 'number': {
      const n = Number(s);
      return s !== '' && Number.isFinite(n) ? { ok: true, value: n } : { ok: false, problem: 'invalidNumber' };
    }
    case 'list':
      try {
        return { ok: true, value: JSON.parse(s) as unknown };
      } catch (error) {
        return { ok: false, problem: { json: error instanceof Error ? error.message : String(error) } };
      }
    case 'text':
      return { ok: true, value: s };
  }
}
