import type { Edition } from './edition-schema';

// Drug names as written on a claim: the English generic name in any case, or the Chinese generic
// name, with surrounding spaces (including full-width ones) ignored.

export interface DrugName {
  /** The English name in lower case; an unknown name trimmed and lower-cased. */
  name: string;
  known: boolean;
}

/** Lookup key → English name, for both languages (lower-casing leaves Chinese unchanged). */
export function buildDrugNameIndex(edition: Edition): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const d of edition.drugs) {
    index.set(d.en.toLowerCase(), d.en);
    index.set(d['zh-CN'].trim().toLowerCase(), d.en);
  }
  return index;
}

export function lookupDrugName(name: string, index: ReadonlyMap<string, string>): DrugName {
  const key = name.trim().toLowerCase();
  const en = index.get(key);
  return en === undefined ? { name: key, known: false } : { name: en, known: true };
}
