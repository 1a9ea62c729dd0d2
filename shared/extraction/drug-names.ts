import type { Edition } from '../pathway/edition-schema';
import { DRUG_ALIASES, OTHER_DRUGS } from './drug-aliases';
import { toHalfWidth } from './width';

// A drug as printed on a list, an invoice or a prescription — 甲磺酸奥希替尼片 (泰瑞沙), 注射用帕博利珠单抗,
// 可瑞达, Osimertinib Mesylate Tablets — read to the English generic name of the edition. Salts and
// dosage forms wrap the generic name, so the name is found inside the printed text; the longest
// known name wins (德曲妥珠单抗 over 曲妥珠单抗, 白蛋白紫杉醇 over 紫杉醇).

export interface DrugReading {
  /** English generic name (lower case), or the printed name trimmed and lower-cased when unknown. */
  drug: string;
  /** Named by the edition, its aliases, or the vocabulary of other common drugs. */
  known: boolean;
}

interface Matcher {
  /** Chinese names and aliases, longest first. */
  chinese: readonly [string, string][];
  /** Latin names (lower case) matched as whole words, longest first. */
  latin: readonly [RegExp, string][];
}

type DrugList = Edition['drugs'];
const matchers = new WeakMap<DrugList, Matcher>();
const LATIN = /^[a-z0-9 -]+$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

function matcherFor(drugs: DrugList): Matcher {
  const hit = matchers.get(drugs);
  if (hit) return hit;
  const names = new Map<string, string>();
  for (const d of drugs) {
    const en = d.en.toLowerCase();
    const zh = d['zh-CN'].trim();
    names.set(en, en);
    names.set(zh, en);
    // Cell therapies are named with their dosage form (阿基仑赛注射液); the bare name is printed too.
    const bare = zh.replace(/注射液$/, '');
    if (bare !== zh && bare.length >= 3) names.set(bare, en);
  }
  const known = new Set(names.values());
  for (const [alias, en] of Object.entries(DRUG_ALIASES)) if (known.has(en)) names.set(alias, en);
  for (const [zh, en] of Object.entries(OTHER_DRUGS)) if (!names.has(zh)) names.set(zh, en);
  const byLength = [...names].sort((a, b) => b[0].length - a[0].length);
  const matcher: Matcher = {
    chinese: byLength.filter(([n]) => !LATIN.test(n)),
    latin: byLength.filter(([n]) => LATIN.test(n)).map(([n, en]) => [new RegExp(`(?<![a-z])${escape(n)}(?![a-z])`), en]),
  };
  matchers.set(drugs, matcher);
  return matcher;
}

/** The English generic name of a printed drug name, with the edition's drug list as vocabulary. */
export function readDrugName(printed: string, drugs: DrugList): DrugReading | null {
  const text = toHalfWidth(printed).replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const m = matcherFor(drugs);
  // Brackets are dropped for matching so 紫杉醇(白蛋白结合型) reads as one name.
  const joined = text.replace(/[()（）[\]【】]/g, '');
  for (const [name, en] of m.chinese) if (joined.includes(name)) return { drug: en, known: true };
  const lower = joined.toLowerCase();
  for (const [re, en] of m.latin) if (re.test(lower)) return { drug: en, known: true };
  return { drug: text.toLowerCase(), known: false };
}
