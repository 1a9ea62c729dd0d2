import { findDates } from '../../../shared/extraction/dates';
import type { Edition } from '../../../shared/pathway/edition-schema';
import type { DocumentModel } from '../document-model';
import type { Line } from '../layout/lines';
import type { LabelDef, Pair } from '../layout/pairs';
import { lineSpan, spanText, type Span } from '../layout/spans';

// What a document type's reader gets, and what it gives back: drafts of fields (key, value, the spans
// the value was read from, and a confidence factor for how it was found), turned into read fields by
// the engine.

export interface ReadContext {
  model: DocumentModel;
  pairs: readonly Pair[];
  drugs: Edition['drugs'];
  warn(message: string): void;
}

export interface Draft {
  key: string;
  value: unknown;
  spans: Span[];
  /** The printed text; by default the spans' text joined by newlines. */
  text?: string;
  /** Multiplies the confidence of the source (1 when the cue was strong). */
  factor?: number;
}

export interface TypeReader {
  /** The labels of the type's fields (id = field key, or a helper id starting with _). */
  labels: readonly LabelDef[];
  read(ctx: ReadContext): Draft[];
}

/** Label definitions from a table of id → printed variants. */
export function labelDefs(table: Readonly<Record<string, readonly string[]>>): LabelDef[] {
  return Object.entries(table).flatMap(([id, texts]) => texts.map((text) => ({ id, text })));
}

/** Confidence factor of a value found under its label rather than beside it. */
const BELOW_FACTOR = 0.95;

/**
 * The first pair with this id whose value reads; the reader returns null for a value it cannot use,
 * and the next pair with the same label is tried.
 */
export function labelled(ctx: ReadContext, key: string, read: (text: string) => unknown, id = key): Draft | null {
  for (const p of ctx.pairs) {
    if (p.id !== id || !p.value) continue;
    const value = read(spanText(p.value));
    if (value === null || value === undefined) continue;
    return { key, value, spans: [p.value], factor: p.layout === 'below' ? BELOW_FACTOR : 1 };
  }
  return null;
}

/** Pairs with this id that have a value, in reading order. */
export function valuesOf(ctx: ReadContext, id: string): Span[] {
  return ctx.pairs.filter((p) => p.id === id && p.value).map((p) => p.value!);
}

// Who issued the document: the letterhead, a short line naming a hospital, lab or centre near the top
// of page 1 (possibly in front of the title: 「××医院出院小结」).
const ISSUER_SUFFIX = '(?:医院|中心|卫生院|诊所|门诊部|检验所|实验室|研究所|研究院|有限公司)';
/** The line's longest head that ends as an issuer's name does. */
const ISSUER = new RegExp(`^(.{2,40}${ISSUER_SUFFIX})`);
const ISSUER_TOP = 160;

export function issuer(ctx: ReadContext, title?: RegExp): Draft | null {
  const first = ctx.model.lines.filter((l) => l.page === 1 && l.bbox[1] < ISSUER_TOP && !ctx.model.inTables.has(l));
  const candidates = first
    .filter((l) => !l.text.includes('\t'))
    .map((l) => ({ line: l, m: ISSUER.exec(l.key.replace(/\s+/g, '').replace(title ?? /$^/, '')) }))
    .filter((c) => c.m && !/[:]/.test(c.line.key))
    .sort((a, b) => b.line.size - a.line.size);
  const best = candidates[0];
  if (!best) return null;
  const span = issuerSpan(best.line, best.m![1]!.length);
  return { key: 'hospital', value: spanText(span), spans: [span], factor: 0.97 };
}

/** The span of a line's first n non-space characters. */
function issuerSpan(line: Line, n: number): Span {
  const s = lineSpan(line);
  let count = 0;
  let end = s.start;
  while (end < s.end && count < n) {
    if (!/\s/.test(line.text[end]!)) count++;
    end++;
  }
  return { line, start: s.start, end };
}

/**
 * The lines of a titled section (「出院带药」 followed by one line per drug): the title's own value,
 * if it has one on its line, then the lines below it up to the next labelled line or a wide gap.
 */
export function sectionSpans(ctx: ReadContext, id: string): Span[] | null {
  const title = ctx.pairs.find((p) => p.id === id);
  if (!title) return null;
  const labelled = new Set(ctx.pairs.filter((p) => p.label.start <= lineSpan(p.label.line).start).map((p) => p.label.line));
  const lines = ctx.model.lines;
  const spans: Span[] = [];
  const titleLine = title.label.line;
  if (title.value && title.layout === 'inline') spans.push(title.value);
  let prev = titleLine;
  for (let i = lines.indexOf(titleLine) + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.page !== prev.page || line.bbox[1] - prev.bbox[3] > 1.5 * prev.size || labelled.has(line)) break;
    spans.push(lineSpan(line));
    prev = line;
  }
  return spans;
}

/**
 * For a recognised (OCR) page whose date label was misread: the first date on page 1 that no other
 * label claims and no table holds. Text-layer documents never need this and never get it.
 */
export function unlabelledDate(ctx: ReadContext, key: string): Draft | null {
  const claimed = ctx.pairs.filter((p) => p.value && p.id !== key).map((p) => p.value!);
  for (const line of ctx.model.lines) {
    if (line.page !== 1 || line.source !== 'ocr' || ctx.model.inTables.has(line)) continue;
    for (const d of findDates(line.text)) {
      const span: Span = { line, start: d.index, end: d.index + d.length };
      if (claimed.some((c) => c.line === line && c.start < span.end && c.end > span.start)) continue;
      return { key, value: d.iso, spans: [span], factor: 0.7 };
    }
  }
  return null;
}
