import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the real CLI (`node --import tsx src-main/cli/index.ts payout FILE`) as a user would.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const casesDir = path.resolve(repoRoot, '..', 'shared', 'cases', 'payout');
const haveCases = existsSync(casesDir);
if (!haveCases) console.warn(`payout-cli: skipping the worked examples, ${casesDir} is absent (a clone has no ../shared)`);

interface Run { status: number; stdout: string; stderr: string }

function claimdesk(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src-main/cli/index.ts', ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe.skipIf(!haveCases)('claimdesk payout on the worked examples', () => {
  const cases = haveCases ? readdirSync(casesDir).filter((f) => /^[^.]+\.json$/.test(f)).sort() : [];

  it('finds the examples', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s gives its expected result', async (file) => {
    const run = await claimdesk('payout', path.join(casesDir, file));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const expected = JSON.parse(readFileSync(path.join(casesDir, file.replace(/\.json$/, '.expected.json')), 'utf8'));
    expect(JSON.parse(run.stdout)).toStrictEqual(expected);
  });
});

describe('claimdesk payout', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimdesk-payout-'));
  const write = (name: string, value: unknown) => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };
  const expense = { id: 'E1', kind: 'drug', drug: '阿来替尼', treatmentId: 'T1', setting: 'pharmacy', catalogue: 'self_pay', amountFen: 4321000 };
  const base = {
    caseId: 'P1',
    patient: { sex: 'M', weightKg: 70, heightCm: 172 },
    diagnosis: { icd10: 'C34.9', histology: 'adenocarcinoma', setting: 'advanced', stage: 'IVA' },
    biomarkers: [{ marker: 'ALK', result: 'positive' }],
    treatments: [{ id: 'T1', drug: 'alectinib', dose: { value: 600, unit: 'mg' }, frequency: 'bid' }],
    claim: { product: 'HMB-SH-2023', expenses: [expense, { id: 'E2', kind: 'service', setting: 'outpatient', catalogue: 'A', amountFen: 100 }] },
  };
  const withExpense = (over: Record<string, unknown>) => ({ ...base, claim: { ...base.claim, expenses: [{ ...expense, ...over }] } });

  it('takes the verdict of a line without one from the pathway check', async () => {
    const run = await claimdesk('payout', write('pathway.json', base));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toStrictEqual({
      caseId: 'P1', edition: 'PAY-2025.1', product: 'HMB-SH-2023', status: 'payable', payableFen: 3024700,
      lines: [
        { id: 'E1', benefit: 'HMB_SPECIAL_DRUG', status: 'paid', eligibleFen: 4321000, deductibleFen: 0, percent: 70, payableFen: 3024700, reasons: [] },
        { id: 'E2', benefit: null, status: 'not_covered', eligibleFen: 0, deductibleFen: 0, percent: null, payableFen: 0, reasons: ['NOT_COVERED_SETTING'] },
      ],
    });
  });

  it('pends the line when the check lacks a biomarker', async () => {
    const run = await claimdesk('payout', write('pending.json', { ...base, biomarkers: [] }));
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'pending', payableFen: 0, lines: [{ status: 'pending', reasons: ['PATHWAY_PENDING'] }, {}] });
  });

  it.each([
    ['not JSON', '{"caseId": "B1", "claim": ', /^not JSON: /],
    ['negative fen', withExpense({ amountFen: -1 }), /^claim\.expenses\[0\]\.amountFen: expected a non-negative integer$/],
    ['fractional fen', withExpense({ socialInsurancePaidFen: 10.5 }), /^claim\.expenses\[0\]\.socialInsurancePaidFen: expected a non-negative integer$/],
    ['unknown product', { ...base, claim: { ...base.claim, product: 'HMB-SH-2099' } }, /^claim\.product: unknown product HMB-SH-2099$/],
    ['treatmentId naming no treatment', withExpense({ treatmentId: 'T9' }), /^claim\.expenses\[0\]\.treatmentId: names no treatment \(T9\)$/],
    ['unknown catalogue', withExpense({ catalogue: 'C' }), /^claim\.expenses\[0\]\.catalogue: expected one of A, B, self_pay$/],
    ['unknown verdict', withExpense({ pathwayVerdict: 'maybe' }), /^claim\.expenses\[0\]\.pathwayVerdict: expected one of /],
    ['missing claim', { caseId: 'B2', treatments: [] }, /^claim: /],
    ['bad yearToDate', { ...base, claim: { ...base.claim, yearToDate: { paidFen: { HMB_CAR_T: 1.5 } } } }, /^claim\.yearToDate\.paidFen\.HMB_CAR_T: expected a non-negative integer$/],
  ])('%s: exit 2, nothing on stdout, one line naming the field', async (name, content, message) => {
    const run = await claimdesk('payout', write(`${name.replaceAll(' ', '-')}.json`, content));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('asks for exactly one case file', async () => {
    const run = await claimdesk('payout');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('usage: claimdesk payout CASE.json [--edition ID]\n');
  });
});
