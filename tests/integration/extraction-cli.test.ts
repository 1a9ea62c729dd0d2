import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFieldSchema } from '../../shared/domain/document';
import { generateDocument } from '../extraction/eval-documents';
import { Rng } from '../extraction/eval-random';
import { tempDir } from '../support/temp-dir';

// Runs the real CLI (`node --import tsx src-main/cli/index.ts extract FILE`) as a user would: JSON on
// stdout for a readable file; for a damaged or locked one, exit status 2, one line on stderr, nothing
// on stdout, well within 30 seconds.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Run { status: number; stdout: string; stderr: string; ms: number }

function claimdesk(...args: string[]): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src-main/cli/index.ts', 'extract', ...args], { cwd: repoRoot, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr, ms: Date.now() - started });
    });
  });
}

function expectRefusal(run: Run, message: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(message);
  expect(run.ms).toBeLessThan(30_000);
}

describe('claimdesk extract', () => {
  const tmp = tempDir('claimdesk-extract-cli-');
  const file = (name: string) => path.join(tmp.dir, name);

  beforeAll(async () => {
    const rng = new Rng(99);
    writeFileSync(file('invoice.pdf'), (await generateDocument(rng.fork(1), 'medical_invoice')).bytes);
    writeFileSync(file('locked.pdf'), (await generateDocument(rng.fork(2), 'genetic_report', 's3cret')).bytes);
    writeFileSync(file('corrupt.pdf'), Buffer.concat([Buffer.from('%PDF-1.6\n'), Buffer.alloc(2048, 0x5a)]));
  });
  afterAll(() => tmp.remove());

  it('prints the type, page count and fields of a readable file', async () => {
    const run = await claimdesk(file('invoice.pdf'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { documentType: string; pages: number; fields: unknown[] };
    expect(out.documentType).toBe('medical_invoice');
    expect(out.pages).toBe(1);
    expect(out.fields.length).toBeGreaterThan(5);
    for (const f of out.fields) expect(readFieldSchema.safeParse(f).success).toBe(true);
  });

  it('asks for the password of a protected file, and reads it with the right one', async () => {
    expectRefusal(await claimdesk(file('locked.pdf')), /locked\.pdf is password-protected: give --password/);
    expectRefusal(await claimdesk(file('locked.pdf'), '--password', 'nope'), /password given is wrong/);
    const run = await claimdesk(file('locked.pdf'), '--password', 's3cret');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).documentType).toBe('genetic_report');
  });

  it('refuses a corrupt file, a missing file and bad arguments with one message', async () => {
    expectRefusal(await claimdesk(file('corrupt.pdf')), /corrupt\.pdf is not a readable PDF/);
    expectRefusal(await claimdesk(file('missing.pdf')), /cannot read file \(ENOENT\)/);
    expectRefusal(await claimdesk(file('invoice.pdf'), '--password'), /--password needs a value/);
  });
});
