import { findDates } from '../../../shared/extraction/dates';
import { parseYuan } from '../../../shared/money';
import { fenToYuanText } from '../../common/format';
import type { FieldKind } from './field-kind';

// The editor's text for a value, and the value for the editor's text. Amounts are typed in yuan and
// become fen through shared/money's exact parser (strings to integers, never floats). Dates may be
// typed as printed (2025-03-01, 2025.3.1, 2025年3月1日); lists of results as words between commas.

export type InputProblem = 'required' | 'invalidAmount' | 'invalidDate' | 'invalidNumber' | { json: string };
export type ParsedInput = { ok: true; value: unknown } | { ok: false; problem: InputProblem };

const TERM_SEPARATORS = /[,，、;；\n]+/;

/** The ISO date when the whole text is one real calendar date. */
function wholeDate(text: string): string | null {
  const found = findDates(text);
  return found.length === 1 && found[0]!.index === 0 && found[0]!.length === text.length ? found[0]!.iso : null;
}

export function inputText(kind: FieldKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'amount': return typeof value === 'number' && Number.isSafeInteger(value) ? fenToYuanText(value) : String(value);
    case 'list': return JSON.stringify(value, null, 2);
    case 'terms': return Array.isArray(value) ? value.join(', ') : String(value);
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
    case 'date': {
      const iso = wholeDate(s);
      return iso ? { ok: true, value: iso } : { ok: false, problem: 'invalidDate' };
    }
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
    case 'terms': {
      const terms = s.split(TERM_SEPARATORS).map((x) => x.trim()).filter(Boolean);
      return terms.length ? { ok: true, value: terms } : { ok: false, problem: 'required' };
    }
    case 'text':
      return { ok: true, value: s };
  }
}
