import { MARKER_RESULTS } from '../domain/vocabulary';
import { compact } from './width';

// Biomarker results as pathology and genetic reports word them, read to the vocabulary of
// docs/pathway-rules.md §1. Each reader takes the text that reports one marker (a line, a table row, a cell)
// and returns null when the text does not state a result: a wrong reading is worse than none.

type EgfrResult = (typeof MARKER_RESULTS.EGFR)[number];
type Her2Ihc = (typeof MARKER_RESULTS.HER2)[number];
export type Positivity = 'positive' | 'negative';
export type MutationStatus = 'wild_type' | 'mutant';

/** Upper-case half-width text without spaces, with the dashes and brackets a report may use folded. */
function fold(text: string): string {
  return compact(text).toUpperCase().replace(/[－—–‐−]/g, '-').replace(/[【〔]/g, '(').replace(/[】〕]/g, ')');
}

// Clauses are separated by punctuation; a negation or polarity only speaks for its own clause.
const CLAUSE = /[,;。，；、\n]/;
const NEGATED_BEFORE = /(?:未检测到?|未检出|未见|未发现|无)$/;
const NEGATIVE_WORD = /阴性|\(-\)|未检测|未检出|未见|未发现|无突变|无扩增|未扩增|不扩增|无融合|野生|NEGATIVE|NOTDETECTED|WILD|^-$|^WT$/;
const POSITIVE_WORD = /阳性|\(\+\)|检测到|检出|POSITIVE|DETECTED|^\+$/;

/** Polarity of a clause as its words say it, or null when it says neither. */
function polarityOf(clause: string): Positivity | null {
  if (NEGATIVE_WORD.test(clause)) return 'negative';
  if (POSITIVE_WORD.test(clause)) return 'positive';
  return null;
}

const EGFR_VARIANTS: readonly [EgfrResult, RegExp][] = [
  // An exon deletion in EGFR is exon 19's; a recognised page may lose the number (号外显子缺失).
  ['exon19del', /(?:EXON|外显子)?19(?:号)?(?:外显子)?(?:的)?(?:非移码|框内)?(?:缺失|DEL(?:ETION)?)|E746_?A750DEL|外显子19缺失|号?外显子(?:的)?(?:非移码|框内)?缺失/g],
  // The codon and the new residue name the variant; a recognised page may lose or garble the first letter.
  ['L858R', /(?<!\d)L?858R/g],
  ['T790M', /(?<!\d)T?790M/g],
  ['exon20ins', /(?:EXON|外显子)?20(?:号)?(?:外显子)?(?:的)?(?:插入|INS(?:ERTION)?)|外显子20插入/g],
];

/**
 * EGFR results in vocabulary order: 「EGFR 19号外显子缺失突变」 → [exon19del]; 「检测到 L858R，未检测到
 * T790M」 → [L858R]; 「未检测到突变」 or 「阴性」 → [negative]. A variant counts unless its own clause
 * negates it (未检测到 before it, 阴性 or (-) after it).
 */
export function readEgfr(text: string): EgfrResult[] | null {
  const s = fold(text);
  const mentions: { result: EgfrResult; start: number; end: number }[] = [];
  for (const [result, re] of EGFR_VARIANTS) {
    for (const m of s.matchAll(re)) mentions.push({ result, start: m.index, end: m.index + m[0].length });
  }
  mentions.sort((a, b) => a.start - b.start);
  const found = new Set<EgfrResult>();
  mentions.forEach((m, i) => {
    const prevEnd = i > 0 ? mentions[i - 1]!.end : 0;
    const nextStart = i + 1 < mentions.length ? mentions[i + 1]!.start : s.length;
    const before = s.slice(prevEnd, m.start).split(CLAUSE).at(-1)!;
    const after = s.slice(m.end, nextStart).split(CLAUSE)[0]!;
    const negated = NEGATED_BEFORE.test(before.replace(/EGFR|基因|突变|:/g, '')) || polarityOf(after) === 'negative';
    if (!negated) found.add(m.result);
  });
  if (found.size) return MARKER_RESULTS.EGFR.filter((r) => found.has(r));
  return polarityOf(s) === 'negative' ? ['negative'] : null;
}

/** ALK or ROS1 fusion: 「阳性」「检测到融合」「(+)」 → positive; 「阴性」「未检测到融合」 → negative. */
export function readFusion(text: string): Positivity | null {
  const s = fold(text);
  const p = polarityOf(s);
  if (p) return p;
  return /融合|重排|FUSION|REARRANGE/.test(s) ? 'positive' : null;
}

/** Antibody clones printed after a marker, (4B5), (22C3), (SP263), (28-8): not scores. */
function withoutClones(s: string): string {
  return s.replace(/\(([A-Z0-9][A-Z0-9-]{2,})\)/g, (m, inner: string) => (/\d/.test(inner) && /[A-Z-]/.test(inner) ? '' : m));
}

const IHC_SCORE: Record<string, Her2Ihc> = {
  '0': 'IHC0', '-': 'IHC0', '1+': 'IHC1+', '+': 'IHC1+', '2+': 'IHC2+', '++': 'IHC2+', '3+': 'IHC3+', '+++': 'IHC3+',
};
const IHC_BARE = /^\(?([0-3]\+|0|\+{1,3})\)?(?:分)?$/;
// After the marker: antibody clones (4B5, SP263, 28-8) are not scores; a dash scores 0 only in brackets.
const CLONE = /\(?(?:[A-Z]+\d+[A-Z0-9]*|\d+[A-Z]+[A-Z0-9]*|\d+-\d+)\)?/g;
const IHC_AFTER_MARKER = /\(([0-3]\+|0|\+{1,3}|-)\)|(?<![0-9])([0-3]\+|0|\+{1,3})(?![0-9+])/;
const MARKER = /HER-?2|IHC/;

/** HER2 immunohistochemistry: 「IHC 2+」「HER2（2+）」「HER2 (+++)」「C-erbB-2（3+）」 or a bare 「(2+)」 → IHC2+. */
export function readHer2Ihc(text: string): Her2Ihc | null {
  const s = fold(text).replace(/C-?ERBB-?2/g, 'HER2');
  const at = MARKER.exec(s);
  const m = at
    ? IHC_AFTER_MARKER.exec(s.slice(at.index + at[0].length).replace(/^(?:蛋白)?(?:表达)?/, '').replace(CLONE, ''))
    : IHC_BARE.exec(s);
  const score = m ? (m[1] ?? m[2])! : null;
  return score === null ? null : IHC_SCORE[score] ?? null;
}

/** HER2 in situ hybridisation: 「阳性」「有扩增」 → positive; 「阴性」「无扩增」 → negative. */
export function readIsh(text: string): Positivity | null {
  const s = fold(text).replace(/F?ISH|DISH|CISH|SISH|原位杂交/g, '');
  if (/阴性|无扩增|未扩增|不扩增|未见扩增|NEGATIVE|NOTAMPLIFIED|\(-\)/.test(s)) return 'negative';
  if (/阳性|扩增|POSITIVE|AMPLIFIED|\(\+\)/.test(s)) return 'positive';
  return null;
}

/** A score after its name: 「TPS 60%」「TPS=60%」「CPS 8」; 「<1%」 reads as 0. */
function readScore(text: string, name: 'TPS' | 'CPS', bareAllowed: boolean): number | null {
  const s = withoutClones(fold(text));
  const re = new RegExp(`${name}\\)?[^0-9<>≥≤]{0,10}?([<>≥≤])?(\\d{1,3}(?:\\.\\d+)?)`);
  const m = re.exec(s) ?? (bareAllowed ? /^(?:约)?([<>≥≤])?(\d{1,3}(?:\.\d+)?)%?$/.exec(s) : null);
  if (!m) return null;
  const value = Number(m[2]);
  if (m[1] === '<' && value <= 1) return 0;
  return Number.isFinite(value) ? value : null;
}

/** PD-L1 tumour proportion score in percent (0..100), from 「TPS 60%」 or a bare 「60%」 in a TPS cell. */
export function readPdl1Tps(text: string, bareAllowed = false): number | null {
  const v = readScore(text, 'TPS', bareAllowed);
  return v !== null && v <= 100 ? v : null;
}

/** PD-L1 combined positive score, from 「CPS 8」 or a bare 「8」 in a CPS cell. */
export function readPdl1Cps(text: string, bareAllowed = false): number | null {
  return readScore(text, 'CPS', bareAllowed);
}

const MMR_PROTEINS = ['MLH1', 'PMS2', 'MSH2', 'MSH6'] as const;

/** Mismatch repair: 「dMMR」「错配修复缺陷」 or a lost protein → dMMR; 「pMMR」「错配修复功能完整」 or all four kept → pMMR. */
export function readMmr(text: string): 'dMMR' | 'pMMR' | null {
  const s = fold(text);
  // dMMR and pMMR as words of their own: a recognised 「PDMMR」 says neither, and the wording decides.
  if (/(?<![A-Z])DMMR|错配修复(?:功能|蛋白)?(?:表达)?(?:缺陷|缺失|异常)|MMR(?:蛋白)?(?:表达)?缺失/.test(s)) return 'dMMR';
  if (/(?<![A-Z])PMMR|错配修复(?:功能|蛋白)?(?:表达)?(?:完整|正常|无缺失|未缺失)|MMR(?:蛋白)?(?:表达)?(?:完整|正常)/.test(s)) return 'pMMR';
  const states = MMR_PROTEINS.map((p) => new RegExp(`${p}[:]?(\\(?[+-]\\)?|阳性|阴性|缺失|表达缺失|完整)`).exec(s)?.[1] ?? null);
  if (states.some((st) => st !== null && /-|阴性|缺失/.test(st))) return 'dMMR';
  if (states.every((st) => st !== null && /\+|阳性|完整/.test(st))) return 'pMMR';
  return null;
}

/** Microsatellite status: 「MSI-H」「微卫星高度不稳定」 → MSI-H; 「MSS」「微卫星稳定」 (and MSI-L) → MSS. */
export function readMsi(text: string): 'MSI-H' | 'MSS' | null {
  const s = fold(text);
  if (/MSI-?H(?!\w)|MSI-HIGH|微卫星高度不稳定|高度微卫星不稳定|微卫星不稳定性?-?高/.test(s)) return 'MSI-H';
  if (/MSS|MSI-?L(?!\w)|微卫星稳定|微卫星低度不稳定|低度微卫星不稳定/.test(s)) return 'MSS';
  return null;
}

const MUTATION_NAMES = /G12[A-Z]|G13[A-Z]|Q61[A-Z]|V600E|EXON\d+|突变型|突变|MUTANT|MUTATION/;

/**
 * RAS or BRAF: 「野生型」「未检测到突变」「阴性」 → wild_type; 「突变型」「G12C 突变」「V600E」 → mutant.
 * KRAS and NRAS together count as RAS: a mutant clause anywhere makes the whole text mutant.
 */
export function readMutationStatus(text: string): MutationStatus | null {
  const clauses = fold(text).split(CLAUSE).filter(Boolean);
  let wild = false;
  for (const c of clauses) {
    const p = polarityOf(c);
    if (p === 'negative') wild = true;
    else if (p === 'positive' || MUTATION_NAMES.test(c)) return 'mutant';
  }
  return wild ? 'wild_type' : null;
}
