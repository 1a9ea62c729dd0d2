import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Runs the real CLI (`node --import tsx src-main/cli/index.ts pathway FILE`) as a user would.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const casesDir = path.resolve(repoRoot, '..', 'shared', 'cases', 'pathway');
const haveCases = existsSync(casesDir);
if (!haveCases) console.warn(`pathway-cli: skipping the worked examples, ${casesDir} is absent (a clone has no ../shared)`);

interface Run { status: number; stdout: string; stderr: string }

function claimdesk(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src-main/cli/index.ts', ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const casesIn = (dir: string) => readdirSync(dir).filter((f) => /^[^.]+\.json$/.test(f)).sort();

async function expectExpectedResult(dir: string, file: string): Promise<void> {
  const run = await claimdesk('pathway', path.join(dir, file));
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout.endsWith('}\n')).toBe(true);
  const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.json$/, '.expected.json')), 'utf8'));
  expect(JSON.parse(run.stdout)).toStrictEqual(expected);
}

describe.skipIf(!haveCases)('claimdesk pathway on the worked examples', () => {
  const cases = haveCases ? casesIn(casesDir) : [];

  it('finds the examples', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.concurrent.each(cases)('%s gives its expected result', (file) => expectExpectedResult(casesDir, file));
});

describe('claimdesk pathway on the project\'s own cases', () => {
  const ownDir = path.join(repoRoot, 'tests', 'fixtures', 'pathway');
  it.concurrent.each(casesIn(ownDir))('%s gives its expected result', (file) => expectExpectedResult(ownDir, file));
});

describe('claimdesk pathway on bad input', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimdesk-pathway-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const treatment = { id: 'T1', drug: 'osimertinib', dose: { value: 80, unit: 'mg' }, frequency: 'qd' };

  it.each([
    ['not JSON', write('broken.json', '{"caseId": "B1",'), /^not JSON: /],
    ['wrong type', write('type.json', JSON.stringify({ caseId: 'B2', patient: { weightKg: '60' }, treatments: [treatment] })), /^patient\.weightKg: /],
    ['unknown enum', write('enum.json', JSON.stringify({ caseId: 'B3', treatments: [{ ...treatment, frequency: 'q5w' }] })), /^treatments\[0\]\.frequency: expected one of /],
    ['unknown marker result', write('marker.json', JSON.stringify({ caseId: 'B4', biomarkers: [{ marker: 'EGFR', result: ['L858R', 'G12C'] }], treatments: [treatment] })), /^biomarkers\[0\]\.result(\[1\])?: expected one of exon19del/],
    ['fractional cycle', write('cycle.json', JSON.stringify({ caseId: 'B5', treatments: [{ ...treatment, cycle: 1.5 }] })), /^treatments\[0\]\.cycle: expected a whole number >= 1$/],
    ['missing file', path.join(dir, 'absent.json'), /absent\.json: cannot read file/],
  ])('%s: exit 2, nothing on stdout, one line naming the field', async (_name, file, message) => {
    const run = await claimdesk('pathway', file);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('ignores claim and unknown fields', async () => {
    const file = write('extra.json', JSON.stringify({ caseId: 'B6', claim: { product: 42 }, note: 'x', treatments: [{ ...treatment, drug: 'rituximab' }] }));
    const run = await claimdesk('pathway', file);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).lines[0]).toMatchObject({ drug: 'rituximab', verdict: 'not_governed', reasons: ['UNKNOWN_DRUG'] });
  });

  it('rejects an unknown command with usage on stderr', async () => {
    const run = await claimdesk('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/unknown command: frobnicate\nusage: claimdesk/);
  });
});
