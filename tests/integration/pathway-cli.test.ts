import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  return claimdeskWith({}, ...args);
}

function claimdeskWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src-main/cli/index.ts', ...args], { cwd: repoRoot, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
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

describe('claimdesk pathway --edition', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimdesk-editions-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Resources with a second, newer edition in which osimertinib's T790M recommendation is level II.
  const resources = path.join(dir, 'resources');
  cpSync(path.join(repoRoot, 'resources', 'guidelines'), path.join(resources, 'guidelines'), { recursive: true });
  cpSync(path.join(repoRoot, 'resources', 'products'), path.join(resources, 'products'), { recursive: true });
  const edition = JSON.parse(readFileSync(path.join(resources, 'guidelines', 'CDP-2025.1.json'), 'utf8')) as { id: string; recommendations: { id: string; level: string }[] };
  edition.id = 'CDP-2026.1';
  for (const r of edition.recommendations) if (r.id === 'NSCLC-EGFR-T790M-OSI') r.level = 'II';
  writeFileSync(path.join(resources, 'guidelines', 'CDP-2026.1.json'), JSON.stringify(edition));
  const file = path.join(dir, 'case.json');
  writeFileSync(file, JSON.stringify({
    caseId: 'E1', diagnosis: { icd10: 'C34.100x001', histology: 'adenocarcinoma', setting: 'advanced', stage: 'IVA' },
    biomarkers: [{ marker: 'EGFR', result: ['exon19del', 'T790M'] }],
    priorLines: [{ drugs: ['gefitinib'], startDate: '2023-02-01', endDate: '2024-12-20', outcome: 'progression' }],
    treatments: [{ id: 'T1', drug: 'osimertinib', dose: { value: 80, unit: 'mg' }, frequency: 'qd' }],
  }));
  const env = { CLAIMDESK_RESOURCES: resources };

  it('checks on the newest installed edition by default, as the workstation does, and on an older one when asked', async () => {
    const latest = JSON.parse((await claimdeskWith(env, 'pathway', file)).stdout);
    expect(latest).toMatchObject({ edition: 'CDP-2026.1', lines: [{ verdict: 'in_pathway', level: 'II' }] });
    const older = JSON.parse((await claimdeskWith(env, 'pathway', '--edition', 'CDP-2025.1', file)).stdout);
    expect(older).toMatchObject({ edition: 'CDP-2025.1', lines: [{ verdict: 'in_pathway', level: 'I' }] });
  });

  it('refuses an edition that is not installed, naming those that are', async () => {
    for (const args of [['--edition', 'CDP-1999.1', file], [file, '--edition']]) {
      const run = await claimdeskWith(env, 'pathway', ...args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
    }
    expect((await claimdeskWith(env, 'pathway', '--edition', 'CDP-1999.1', file)).stderr).toBe('unknown clinical-pathway edition CDP-1999.1; installed: CDP-2025.1, CDP-2026.1\n');
  });
});
