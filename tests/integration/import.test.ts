import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from '../../shared/domain/job';
import type { ClaimDetail } from '../../shared/domain/workspace';
import { datasetSchema } from '../../shared/domain/dataset';
import { resourcesDir } from '../../src-main/paths';
import { fixtureWorkstation, type FixtureWorkstation } from '../support/fixture-workstation';

// Importing documents into a claim through the contract, with the real extraction engine: the file is
// attached whatever happens, the job reports its stages, and a bad file ends in a clear code.

let ws: FixtureWorkstation;
beforeAll(async () => { ws = await fixtureWorkstation(4); });
// CLM-T00001 is in review and CLM-T00003 awaits medical review, both held by u-adj (the first user, at the keyboard).
afterAll(() => ws.dispose());

async function call<T>(name: string, payload: unknown): Promise<T> {
  const envelope = await ws.dispatch(name, payload);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value as T;
}

async function finished(job: Job): Promise<{ job: Job; stages: string[] }> {
  const stages = new Set<string>();
  for (let i = 0; i < 600; i++) {
    const now = await call<Job>('jobs.get', { jobId: job.id });
    stages.add(now.stage);
    if (now.state !== 'running') return { job: now, stages: [...stages] };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the job did not finish in 30 s');
}

const demo = datasetSchema.parse(JSON.parse(fs.readFileSync(path.join(resourcesDir(), 'demo', 'dataset.json'), 'utf8')));
const demoFile = (pick: (d: (typeof demo.claims)[number]['documents'][number]) => boolean) => {
  const doc = demo.claims.flatMap((c) => c.documents).find(pick)!;
  return { doc, bytes: new Uint8Array(fs.readFileSync(path.join(resourcesDir(), 'demo', 'files', `${doc.sha256}.pdf`))) };
};

describe('document import', () => {
  it('attaches a genetic report, reads its fields and reports progress', async () => {
    const { bytes } = demoFile((d) => d.documentType === 'genetic_report' && !d.defect);
    const started = await call<Job>('documents.import', { claimId: 'CLM-T00001', fileName: '基因检测报告.pdf', bytes });
    expect(started).toMatchObject({ state: 'running', kind: 'import' });
    const { job } = await finished(started);
    expect(job).toMatchObject({ state: 'done', stage: 'done', error: null });
    expect(job.fieldCount).toBeGreaterThan(3);
    const detail = await call<ClaimDetail>('claims.get', { claimId: 'CLM-T00001' });
    const doc = detail.documents.find((d) => d.id === job.documentId)!;
    expect(doc.documentType).toBe('genetic_report');
    const fields = detail.fields.filter((f) => f.documentId === doc.id);
    expect(fields.map((f) => f.key)).toContain('egfr');
    expect(fields.every((f) => f.status === 'extracted' && f.source === 'text')).toBe(true);
    const audit = ws.ctx.db.rows(`SELECT action FROM audit_log WHERE entity_id = ? ORDER BY id`, doc.id);
    expect(audit).toEqual([{ action: 'attach' }, { action: 'extract' }]);
  });

  it('keeps a corrupt file attached and ends its job with the code corrupt', async () => {
    const started = await call<Job>('documents.import', { claimId: 'CLM-T00003', fileName: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n garbage') });
    const { job } = await finished(started);
    expect(job).toMatchObject({ state: 'failed', error: { code: 'DOCUMENT_CORRUPT' } });
    const detail = await call<ClaimDetail>('claims.get', { claimId: 'CLM-T00003' });
    expect(detail.documents.some((d) => d.id === job.documentId && d.fileName === 'broken.pdf')).toBe(true);
  });

  it('asks for the password of an encrypted file, then reads it with the password', async () => {
    const { doc, bytes } = demoFile((d) => d.defect === 'encrypted');
    const first = (await finished(await call<Job>('documents.import', { claimId: 'CLM-T00003', fileName: 'locked.pdf', bytes }))).job;
    expect(first.error?.code).toBe('PASSWORD_REQUIRED');
    const wrong = (await finished(await call<Job>('documents.extract', { documentId: first.documentId, password: 'not-it' }))).job;
    expect(wrong.error?.code).toBe('PASSWORD_WRONG');
    const right = (await finished(await call<Job>('documents.extract', { documentId: first.documentId, password: doc.password }))).job;
    expect(right).toMatchObject({ state: 'done' });
  });

  it('refuses an empty file before anything is stored', async () => {
    await expect(call('documents.import', { claimId: 'CLM-T00003', fileName: 'empty.pdf', bytes: new Uint8Array() })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('a job that fails unexpectedly', () => {
  it('ends with INTERNAL and a message for people; the stack goes to the log, not the screen', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    const broken = { ...ws.ctx, extract: () => Promise.reject(new TypeError('cannot read properties of undefined (reading \'page\')')) };
    try {
      const { importDocument } = await import('../../src-main/services/import');
      const started = importDocument(broken, { claimId: 'CLM-T00001', fileName: 'bug.pdf', bytes: new TextEncoder().encode('%PDF-1.7') });
      const { job } = await finished(started);
      expect(job.state).toBe('failed');
      expect(job.error?.code).toBe('INTERNAL');
      expect(job.error?.message).not.toMatch(/\n\s+at |TypeError|\.ts:\d+/);
      const log = logged.flat().map((x) => (x instanceof Error ? x.stack : String(x))).join('\n');
      expect(log).toMatch(/TypeError: cannot read properties of undefined[^]*\n\s+at /);
    } finally {
      console.error = original;
    }
  });
});
