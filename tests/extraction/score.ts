import type { BBox, DocumentType, ReadField } from '../../shared/domain/document';

// Field-level scoring of an extraction against the truth: a read field is correct when its key and
// its normalised value match a true field's and its box overlaps that field's box on the same page.
// Item lists count item by item (each element of the list is one unit; an empty list is one unit).

export interface Unit {
  key: string;
  value: unknown;
  page: number;
  bbox: BBox;
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface DocumentScore {
  typeCorrect: boolean;
  byKey: Map<string, Tally>;
  missed: Unit[];
  wrong: Unit[];
}

function unitsOf(fields: readonly ReadField[]): Unit[] {
  return fields.flatMap((f) => {
    const base = { page: f.page, bbox: f.bbox };
    if (Array.isArray(f.value) && f.value.length) return f.value.map((v) => ({ ...base, key: `${f.key}[]`, value: v }));
    return [{ ...base, key: Array.isArray(f.value) ? `${f.key}[]` : f.key, value: f.value }];
  });
}

/** Values compared as printed data: strings without spaces and in one width, numbers exactly, objects key by key. */
export function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFKC').replace(/\s+/g, '');
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
const overlaps = (a: BBox, b: BBox) => Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);

function tally(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }));
  return t;
}

export function scoreDocument(truthType: DocumentType, truth: readonly ReadField[], gotType: DocumentType, got: readonly ReadField[]): DocumentScore {
  const byKey = new Map<string, Tally>();
  const expected = unitsOf(truth);
  const read = unitsOf(got);
  const used = new Set<number>();
  const missed: Unit[] = [];
  for (const u of expected) {
    const i = read.findIndex((r, k) => !used.has(k) && r.key === u.key && r.page === u.page && same(r.value, u.value) && overlaps(r.bbox, u.bbox));
    if (i >= 0) {
      used.add(i);
      tally(byKey, u.key).truePositives++;
    } else {
      tally(byKey, u.key).falseNegatives++;
      missed.push(u);
    }
  }
  const wrong = read.filter((_, k) => !used.has(k));
  for (const r of wrong) tally(byKey, r.key).falsePositives++;
  return { typeCorrect: truthType === gotType, byKey, missed, wrong };
}

export function add(into: Tally, t: Tally): void {
  into.truePositives += t.truePositives;
  into.falsePositives += t.falsePositives;
  into.falseNegatives += t.falseNegatives;
}

export function precision(t: Tally): number {
  const n = t.truePositives + t.falsePositives;
  return n === 0 ? 1 : t.truePositives / n;
}

export function recall(t: Tally): number {
  const n = t.truePositives + t.falseNegatives;
  return n === 0 ? 1 : t.truePositives / n;
}
