import { z } from 'zod';
import { CATALOGUES, EXPENSE_KINDS, EXPENSE_SETTINGS } from '../domain/vocabulary';
import { formatIssuePath } from '../domain/issue-path';

// A products edition as data (resources/products/<edition>.json). A benefit takes the lines its
// condition matches, top row first; percents and exclusions are conditions of the same generic
// kind, so a new product is a new entry in the file, never new code.

const text = z.string({ error: 'expected a string' }).min(1, 'expected a non-empty string');
const code = z.string({ error: 'expected a code' }).regex(/^[A-Z][A-Z0-9_]*$/, 'expected an upper-case code (A-Z, 0-9, _)');
const localized = z.object({ 'zh-CN': text, en: text });
const fen = z.number({ error: 'expected a non-negative integer' }).int('expected a non-negative integer')
  .nonnegative('expected a non-negative integer');
const nonEmptyList = <T extends z.ZodTypeAny>(item: T) =>
  z.array(item, { error: 'expected a list' }).min(1, 'expected a non-empty list');
const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(', ')}` });

/**
 * Facts of a line and of its claim that must all hold (an absent key holds for any line). Strict:
 * a misspelt key would otherwise match every line.
 */
export const conditionSchema = z.strictObject({
  kinds: nonEmptyList(enumOf(EXPENSE_KINDS)).optional(),
  /** A drug line whose drug is on this list of the product (`drugLists`). */
  drugList: text.optional(),
  settings: nonEmptyList(enumOf(EXPENSE_SETTINGS)).optional(),
  catalogues: nonEmptyList(enumOf(CATALOGUES)).optional(),
  preExisting: z.boolean({ error: 'expected true or false' }).optional(),
  socialInsuranceSettled: z.boolean({ error: 'expected true or false' }).optional(),
}, { error: (issue) => (issue.code === 'invalid_type' ? 'expected a condition object' : undefined) });

/** The policy wording a line's result cites. */
const clauseSchema = z.object({ ref: text, text: localized });

const percentRuleSchema = z.strictObject({
  when: conditionSchema.optional(),
  percent: z.number({ error: 'expected a whole percent 0 to 100' }).int('expected a whole percent 0 to 100')
    .min(0, 'expected a whole percent 0 to 100').max(100, 'expected a whole percent 0 to 100'),
});

const benefitSchema = z.object({
  code,
  name: localized,
  clause: clauseSchema,
  lines: conditionSchema,
  /** Lines pass the clinical-pathway gate (docs/payout-rules.md §4.2) before anything is paid. */
  pathwayGate: z.boolean({ error: 'expected true or false' }),
  /** Per policy year; 0 for none. */
  deductibleFen: fen,
  limitFen: fen,
  /** The first rule whose condition holds gives the percent; together they must cover every line. */
  percent: nonEmptyList(percentRuleSchema),
});

/** Lines matching `when` are not covered at all, with `reason` (pre-existing: every line). */
const exclusionSchema = z.object({ code, when: conditionSchema, reason: code, clause: clauseSchema });

const drugListSchema = z.object({
  name: localized,
  /** English generic names as docs/pathway-rules.md §4, trimmed and lower case. */
  drugs: nonEmptyList(text.regex(/^\S(?:.*\S)?$/, 'expected a trimmed name').refine((s) => s === s.toLowerCase(), 'expected a lower-case name')),
});

const productSchema = z.object({
  code: text,
  name: localized,
  drugLists: z.record(text, drugListSchema),
  exclusions: z.array(exclusionSchema, { error: 'expected a list' }),
  benefits: nonEmptyList(benefitSchema),
  /** Cited for lines no benefit takes (NOT_COVERED_SETTING). */
  notCoveredClause: clauseSchema,
});

export const productEditionSchema = z.object({
  edition: text,
  title: localized,
  products: nonEmptyList(productSchema),
});

export type ProductEdition = z.infer<typeof productEditionSchema>;
export type Product = ProductEdition['products'][number];
export type Benefit = Product['benefits'][number];
export type Exclusion = Product['exclusions'][number];
export type Condition = z.infer<typeof conditionSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type Localized = z.infer<typeof localized>;

export class ProductsError extends Error {
  override name = 'ProductsError';
}

type Issue = { path: (string | number)[]; message: string };

/** `products[1] (MM-2025).benefits[0] (MM_SPECIAL_DRUG).percent`: codes make the path findable. */
function describePath(path: readonly PropertyKey[], json: unknown): string {
  const products = (json as { products?: { code?: unknown; benefits?: { code?: unknown }[] }[] } | null)?.products;
  const named = (label: string, value: unknown) => (typeof value === 'string' ? `${label} (${value})` : label);
  const [p, i, b, j, ...rest] = path;
  if (p !== 'products' || typeof i !== 'number') return formatIssuePath(path);
  const product = products?.[i];
  let out = named(`products[${i}]`, product?.code);
  let tail: readonly PropertyKey[] = [b, j, ...rest].filter((x) => x !== undefined);
  if (b === 'benefits' && typeof j === 'number') {
    out += `.${named(`benefits[${j}]`, product?.benefits?.[j]?.code)}`;
    tail = rest;
  }
  return tail.length ? `${out}${formatIssuePath(tail).replace(/^(?!\[)/, '.')}` : out;
}

// Every combination of the facts a condition reads, to check statically that percents cover a benefit.
const FACT_SPACE = EXPENSE_KINDS.flatMap((kind) => EXPENSE_SETTINGS.flatMap((setting) => CATALOGUES.flatMap((catalogue) =>
  [false, true].flatMap((preExisting) => [false, true].map((socialInsuranceSettled) =>
    ({ kind, setting, catalogue, preExisting, socialInsuranceSettled }))))));

/** Whether `rule` holds on a line `lines` takes, for one combination of facts (drug lists compared by id). */
function holds(rule: Condition, lines: Condition, f: (typeof FACT_SPACE)[number]): boolean {
  return (!rule.kinds || rule.kinds.includes(f.kind))
    && (!rule.drugList || (rule.drugList === lines.drugList && f.kind === 'drug'))
    && (!rule.settings || rule.settings.includes(f.setting))
    && (!rule.catalogues || rule.catalogues.includes(f.catalogue))
    && (rule.preExisting === undefined || rule.preExisting === f.preExisting)
    && (rule.socialInsuranceSettled === undefined || rule.socialInsuranceSettled === f.socialInsuranceSettled);
}

function describeFacts(f: (typeof FACT_SPACE)[number]): string {
  return `kind ${f.kind}, setting ${f.setting}, catalogue ${f.catalogue}, preExisting ${f.preExisting}, socialInsuranceSettled ${f.socialInsuranceSettled}`;
}

/** References that must resolve and rules that must be complete: a gap would silently misprice. */
function crossReferenceIssues(e: ProductEdition): Issue[] {
  const issues: Issue[] = [];
  const unique = (values: string[], path: (i: number) => (string | number)[], what: string) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v)) issues.push({ path: path(i), message: `duplicate ${what} ${v}` });
      seen.add(v);
    });
  };
  unique(e.products.map((p) => p.code), (i) => ['products', i, 'code'], 'product');
  e.products.forEach((p, i) => {
    const list = (c: Condition | undefined, path: (string | number)[]) => {
      if (c?.drugList !== undefined && !Object.hasOwn(p.drugLists, c.drugList)) {
        issues.push({ path: [...path, 'drugList'], message: `unknown drug list ${c.drugList}` });
      }
    };
    unique(p.benefits.map((b) => b.code), (j) => ['products', i, 'benefits', j, 'code'], 'benefit');
    unique(p.exclusions.map((x) => x.code), (j) => ['products', i, 'exclusions', j, 'code'], 'exclusion');
    for (const [id, l] of Object.entries(p.drugLists)) unique(l.drugs, (j) => ['products', i, 'drugLists', id, 'drugs', j], 'drug');
    p.exclusions.forEach((x, j) => list(x.when, ['products', i, 'exclusions', j, 'when']));
    p.benefits.forEach((b, j) => {
      const at = ['products', i, 'benefits', j];
      list(b.lines, [...at, 'lines']);
      b.percent.forEach((r, k) => list(r.when, [...at, 'percent', k, 'when']));
      const gap = FACT_SPACE.find((f) => holds(b.lines, b.lines, f) && !b.percent.some((r) => !r.when || holds(r.when, b.lines, f)));
      if (gap) issues.push({ path: [...at, 'percent'], message: `no percent rule for a line of ${describeFacts(gap)}` });
    });
  });
  return issues;
}

/** Validates a products file's JSON; the error names the first bad product, benefit and field. */
export function parseProducts(json: unknown): ProductEdition {
  const parsed = productEditionSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ProductsError(`${describePath(issue.path, json)}: ${issue.message}`);
  }
  const issue = crossReferenceIssues(parsed.data)[0];
  if (issue) throw new ProductsError(`${describePath(issue.path, json)}: ${issue.message}`);
  return parsed.data;
}
