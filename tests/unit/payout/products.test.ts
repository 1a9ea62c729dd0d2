import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calculatePayout, parseProducts, ProductsError } from '../../../shared/payout';
import { loadEdition } from '../../../src-main/editions/load-edition';
import { loadProducts } from '../../../src-main/editions/load-products';
import { line, payoutCase } from '../../fixtures/payout/build-case';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
const shipped = () => readJson('resources/products/PAY-2025.1.json') as { products: Record<string, unknown>[] } & Record<string, unknown>;

describe('the shipped products PAY-2025.1', () => {
  const products = loadProducts();
  const product = (code: string) => products.products.find((p) => p.code === code)!;

  it('holds both products of docs/payout-rules.md, cached by the loader', () => {
    expect(products.products.map((p) => p.code)).toEqual(['HMB-SH-2023', 'MM-2025']);
    expect(loadProducts('PAY-2025.1')).toBe(products);
  });

  it('has the benefit tables of docs/payout-rules.md §3 in their order', () => {
    const table = (code: string) => product(code).benefits.map((b) => [b.code, b.deductibleFen, b.limitFen, b.pathwayGate]);
    expect(table('HMB-SH-2023')).toEqual([
      ['HMB_CAR_T', 0, 50000000, true],
      ['HMB_SPECIAL_DRUG', 0, 100000000, true],
      ['HMB_INPATIENT_SELF_PAY', 1600000, 100000000, false],
    ]);
    expect(table('MM-2025')).toEqual([
      ['MM_SPECIAL_DRUG', 0, 300000000, true],
      ['MM_GENERAL', 1000000, 300000000, false],
    ]);
  });

  it('lists the HMB drugs of docs/payout-rules.md', () => {
    const hmb = product('HMB-SH-2023').drugLists;
    expect(hmb.CAR_T!.drugs).toEqual(['axicabtagene ciloleucel', 'relmacabtagene autoleucel', 'equecabtagene autoleucel']);
    expect([...hmb.SPECIAL_DRUG!.drugs].sort()).toEqual([
      'alectinib', 'atezolizumab', 'donafenib', 'ensartinib', 'entrectinib', 'lenvatinib', 'lorlatinib', 'nivolumab',
      'pembrolizumab', 'pertuzumab', 'pyrotinib', 'sintilimab', 'trastuzumab deruxtecan',
    ]);
  });

  it('lists as MM special drugs exactly the governed drugs of the pathway edition', () => {
    const governed = new Set(loadEdition().recommendations.map((r) => r.drug));
    expect([...product('MM-2025').drugLists.SPECIAL_DRUG!.drugs].sort()).toEqual([...governed].sort());
  });

  it('names only drugs the pathway edition knows', () => {
    const known = new Set(loadEdition().drugs.map((d) => d.en));
    const listed = products.products.flatMap((p) => Object.values(p.drugLists).flatMap((l) => l.drugs));
    expect(listed.filter((d) => !known.has(d))).toEqual([]);
  });

  it('refuses an edition id that is not a file name', () => {
    expect(() => loadProducts('../products/PAY-2025.1')).toThrow('not a products edition id');
    expect(() => loadProducts('PAY-1999.1')).toThrow('cannot read');
  });
});

describe('parseProducts', () => {
  const broken = (edit: (json: ReturnType<typeof shipped>) => void) => {
    const json = shipped();
    edit(json);
    return () => parseProducts(json);
  };
  const benefit = (json: ReturnType<typeof shipped>, p: number, b: number) =>
    (json.products[p]!.benefits as Record<string, unknown>[])[b]!;

  it.each([
    ['a percent above 100', (j: ReturnType<typeof shipped>) => { (benefit(j, 1, 0).percent as { percent: number }[])[0]!.percent = 101; },
      'products[1] (MM-2025).benefits[0] (MM_SPECIAL_DRUG).percent[0].percent: expected a whole percent 0 to 100'],
    ['a fractional limit', (j: ReturnType<typeof shipped>) => { benefit(j, 0, 2).limitFen = 10.5; },
      'products[0] (HMB-SH-2023).benefits[2] (HMB_INPATIENT_SELF_PAY).limitFen: expected a non-negative integer'],
    ['a misspelt condition key', (j: ReturnType<typeof shipped>) => { benefit(j, 0, 2).lines = { settings: ['inpatient'], catalogue: ['self_pay'] }; },
      'products[0] (HMB-SH-2023).benefits[2] (HMB_INPATIENT_SELF_PAY).lines: Unrecognized key: "catalogue"'],
    ['an unknown drug list', (j: ReturnType<typeof shipped>) => { benefit(j, 0, 0).lines = { drugList: 'CART' }; },
      'products[0] (HMB-SH-2023).benefits[0] (HMB_CAR_T).lines.drugList: unknown drug list CART'],
    ['percents that leave a line uncovered', (j: ReturnType<typeof shipped>) => { (benefit(j, 1, 0).percent as unknown[]).pop(); },
      'products[1] (MM-2025).benefits[0] (MM_SPECIAL_DRUG).percent: no percent rule for a line of kind drug, setting inpatient, catalogue self_pay'],
    ['a duplicate benefit', (j: ReturnType<typeof shipped>) => { benefit(j, 1, 1).code = 'MM_SPECIAL_DRUG'; },
      'products[1] (MM-2025).benefits[1] (MM_SPECIAL_DRUG).code: duplicate benefit MM_SPECIAL_DRUG'],
    ['a duplicate product', (j: ReturnType<typeof shipped>) => { j.products[1]!.code = 'HMB-SH-2023'; },
      'products[1] (HMB-SH-2023).code: duplicate product HMB-SH-2023'],
    ['a drug name not in lower case', (j: ReturnType<typeof shipped>) => {
      (j.products[0]!.drugLists as Record<string, { drugs: string[] }>).CAR_T!.drugs[0] = 'Axicabtagene ciloleucel';
    }, 'products[0] (HMB-SH-2023).drugLists.CAR_T.drugs[0]: expected a lower-case name'],
    ['an exclusion without reason', (j: ReturnType<typeof shipped>) => { delete (j.products[1]!.exclusions as Record<string, unknown>[])[0]!.reason; },
      'products[1] (MM-2025).exclusions[0].reason'],
  ])('names the place of %s', (_what, edit, message) => {
    const parse = broken(edit);
    expect(parse).toThrow(ProductsError);
    expect(parse).toThrow(message);
  });
});

describe('a new product as data alone', () => {
  const products = parseProducts(readJson('tests/fixtures/payout/new-product.json'));
  const price = (expenses: ReturnType<typeof line>[], socialInsuranceSettled = false) =>
    calculatePayout(payoutCase({ product: 'DENTAL-OUTPATIENT', socialInsuranceSettled, expenses }), products);

  it('is priced by its own rows, percents, deductible, limit and exclusions', () => {
    const r = price([
      line({ drug: 'osimertinib', setting: 'outpatient', catalogue: 'self_pay', amountFen: 1500, pathwayVerdict: 'in_pathway' }),
      line({ drug: 'osimertinib', setting: 'outpatient', catalogue: 'B', amountFen: 20000, pathwayVerdict: 'in_pathway' }),
      line({ drug: 'osimertinib', setting: 'pharmacy', catalogue: 'self_pay', amountFen: 1000, pathwayVerdict: 'in_pathway' }),
      line({ setting: 'outpatient', catalogue: 'A', amountFen: 7000 }),
      line({ setting: 'inpatient', catalogue: 'A', amountFen: 7000 }),
    ]);
    expect(r.edition).toBe('TEST-2030.1');
    expect(r.lines.map((l) => [l.benefit, l.status, l.deductibleFen, l.percent, l.payableFen, l.reasons])).toEqual([
      ['T_TARGETED', 'paid', 500, 40, 400, []],
      ['T_TARGETED', 'paid', 0, 90, 9600, ['LIMIT_REACHED']],
      [null, 'not_covered', 0, null, 0, ['PHARMACY_SELF_PAY_EXCLUDED']],
      ['T_OUTPATIENT', 'paid', 0, 50, 3000, ['LIMIT_REACHED']],
      [null, 'not_covered', 0, null, 0, ['NOT_COVERED_SETTING']],
    ]);
    expect(price([line({ setting: 'outpatient', catalogue: 'A', amountFen: 1000 })], true).lines[0]!.percent).toBe(80);
  });
});
