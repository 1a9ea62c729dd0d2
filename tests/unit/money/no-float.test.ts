import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Keeps floating point off the money paths (docs/payout-rules.md §1): shared/money and shared/payout may not
// parse or print floats, round, use fractional literals, or divide with `/` except in the one
// bigint helper. Read from the syntax tree, so comments, strings and regexes do not count, and
// aliases (`const M = Math`, `Number['parseFloat']`) do not get through.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const GUARDED = ['shared/money', 'shared/payout'];
const DIVISION_HELPER = { file: 'shared/money/int-div.ts', fn: 'intDiv' };
const BANNED_NAMES = new Set(['parseFloat', 'toFixed', 'toPrecision', 'toExponential']);
// Math members that cannot make an integer into a fraction or hide a rounding.
const MATH_ALLOWED = new Set(['max', 'min', 'abs']);

interface Finding { line: number; rule: string; text: string }

const memberName = (node: ts.Node): string | null => {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node)) {
    return ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : '<computed>';
  }
  return null;
};

/** Whether `node` lies in a function named `fn` whose parameters and result are all typed bigint. */
function inBigintHelper(node: ts.Node, fn: string): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isFunctionDeclaration(p) && p.name?.text === fn) {
      const bigint = (t: ts.TypeNode | undefined) => t?.kind === ts.SyntaxKind.BigIntKeyword;
      return p.parameters.length > 0 && p.parameters.every((q) => bigint(q.type)) && bigint(p.type);
    }
  }
  return false;
}

function findFloatUse(fileName: string, source: string, divisionHelper?: string): Finding[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, rule: string) => findings.push({
    line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, rule, text: node.getText(sf),
  });
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && BANNED_NAMES.has(node.text)) report(node, node.text);
    const member = memberName(node);
    if (member !== null && ts.isElementAccessExpression(node) && BANNED_NAMES.has(member)) report(node, member);
    if (ts.isIdentifier(node) && node.text === 'Math') {
      const parent = node.parent;
      const accessed = (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node;
      if (!accessed) report(parent, 'Math alias');
      else if (!MATH_ALLOWED.has(memberName(parent) ?? '')) report(parent, `Math.${memberName(parent)}`);
    }
    if (ts.isBinaryExpression(node)
      && (node.operatorToken.kind === ts.SyntaxKind.SlashToken || node.operatorToken.kind === ts.SyntaxKind.SlashEqualsToken)
      && !(divisionHelper && inBigintHelper(node, divisionHelper))) {
      report(node, 'division');
    }
    if (ts.isNumericLiteral(node) && /[.]|e-/i.test(node.getText(sf))) report(node, 'fractional literal');
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')));
}

describe('no floating point on money paths', () => {
  const files = GUARDED.flatMap(sourcesUnder);

  it('scans the money and payout sources, the division helper among them', () => {
    expect(files).toContain(DIVISION_HELPER.file);
    expect(files.filter((f) => f.startsWith('shared/payout/')).length).toBeGreaterThan(5);
  });

  it.each(files)('%s uses no float parsing, rounding, fractions or `/`', (file) => {
    const helper = file === DIVISION_HELPER.file ? DIVISION_HELPER.fn : undefined;
    expect(findFloatUse(file, readFileSync(path.join(repoRoot, file), 'utf8'), helper)).toEqual([]);
  });

  it('the helper really divides (so the allowance is not dead)', () => {
    const text = readFileSync(path.join(repoRoot, DIVISION_HELPER.file), 'utf8');
    expect(findFloatUse(DIVISION_HELPER.file, text).map((f) => f.rule)).toEqual(['division']);
  });
});

describe('the guard itself', () => {
  const rules = (source: string, helper?: string) => findFloatUse('snippet.ts', source, helper).map((f) => f.rule);

  it.each([
    ['const x = parseFloat(s);', 'parseFloat'],
    ['const x = Number.parseFloat(s);', 'parseFloat'],
    ["const x = Number['parseFloat'](s);", 'parseFloat'],
    ['const s = fen.toFixed(2);', 'toFixed'],
    ["const s = fen['toFixed'](2);", 'toFixed'],
    ['const y = Math.round(x);', 'Math.round'],
    ['const y = Math.floor(x);', 'Math.floor'],
    ['const y = Math.ceil(x);', 'Math.ceil'],
    ["const y = Math['trunc'](x);", 'Math.trunc'],
    ['const y = Math.pow(x, -1);', 'Math.pow'],
    ['const M = Math; const y = M.round(x);', 'Math alias'],
    ['const { round } = Math;', 'Math alias'],
    ['const y = fen / 100;', 'division'],
    ['let y = fen; y /= 100;', 'division'],
    ['const y = fen * 0.7;', 'fractional literal'],
    ['const y = fen * 1e-2;', 'fractional literal'],
  ])('flags %s', (source, rule) => {
    expect(rules(source)).toContain(rule);
  });

  it.each([
    '// parseFloat, toFixed, Math.round and a / b in a comment',
    "const s = 'a / b parseFloat';",
    'const ok = /^\\d+\\/\\d+$/.test(s);',
    'const y = Math.max(a, Math.min(b, c));',
    'const y = a % 100;',
    'const y = 1e3 * a;',
    'const q = intDiv(a, 100n);',
  ])('lets %s through', (source) => {
    expect(rules(source)).toEqual([]);
  });

  it('allows `/` only inside the named helper, and only when it is typed bigint', () => {
    const helper = 'export function intDiv(a: bigint, b: bigint): bigint { return a / b; }';
    expect(rules(helper, 'intDiv')).toEqual([]);
    expect(rules('export function intDiv(a: number, b: number): number { return a / b; }', 'intDiv')).toEqual(['division']);
    expect(rules(`${helper}\nexport const half = (a: bigint) => a / 2n;`, 'intDiv')).toEqual(['division']);
    expect(rules(helper)).toEqual(['division']);
  });
});
