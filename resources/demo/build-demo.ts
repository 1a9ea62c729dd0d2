import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { datasetSchema, type Dataset, type DatasetClaim, type DatasetDocument } from '../../shared/domain/dataset';
import { describeZodError } from '../../shared/domain/issue-path';
import { REFERENCE_NOW } from './calendar';
import { draftClaim } from './claim-builder';
import { claimMix } from './claim-mix';
import type { DocumentJob } from './documents/context';
import { loadCjkFonts, type CjkFonts } from './pdf/fonts';
import { createRandom, type Random } from './random';
import { DEMO_USERS } from './users';

// Builds the demo dataset: dataset.json and files/<sha256>.pdf, a pure function of the seed and the
// claim count. Two claims carry deliberately broken files: claim 2 a password-protected one, claim 4
// a corrupt one (truncated and garbled, as a failed upload leaves it).

export interface DemoOptions {
  outDir: string;
  seed: number;
  claims: number;
  /** Called after each claim, for progress output. */
  onClaim?: (done: number, total: number) => void;
}

export interface DemoSummary {
  claims: number;
  files: number;
  bytes: number;
}

const ENCRYPTED_CLAIM = 1;
const CORRUPT_CLAIM = 3;

/** A failed upload: the start of the file, then noise, then nothing (no cross-reference table, no trailer). */
function corruptedCopy(bytes: Buffer, rng: Random): Buffer {
  const keep = Math.floor(bytes.length * (0.3 + rng.next() * 0.15));
  const noise = Buffer.from(Array.from({ length: 640 }, () => rng.int(0, 255)));
  return Buffer.concat([bytes.subarray(0, keep), noise]);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function renderDocuments(jobs: readonly DocumentJob[], fonts: CjkFonts, rng: Random, corrupt: boolean, save: (bytes: Buffer) => string): Promise<DatasetDocument[]> {
  const corruptIndex = corrupt ? Math.max(0, jobs.findIndex((j) => j.documentType === 'expense_list' || j.documentType === 'prescription')) : -1;
  const out: DatasetDocument[] = [];
  for (const [i, job] of jobs.entries()) {
    const rendered = await job.render(fonts, rng.fork(`document-${i}`));
    if (i === corruptIndex) {
      const bytes = corruptedCopy(rendered.bytes, rng.fork('corrupt'));
      out.push({ sha256: save(bytes), fileName: job.fileName, documentType: job.documentType, pages: 0, defect: 'corrupt', fields: [] });
    } else if (job.password) {
      out.push({ sha256: save(rendered.bytes), fileName: job.fileName, documentType: job.documentType, pages: rendered.pages, defect: 'encrypted', password: job.password, fields: [] });
    } else {
      out.push({ sha256: save(rendered.bytes), fileName: job.fileName, documentType: job.documentType, pages: rendered.pages, fields: rendered.fields });
    }
  }
  return out;
}

export async function generateDemo(opts: DemoOptions): Promise<DemoSummary> {
  const fonts = loadCjkFonts();
  const rng = createRandom(opts.seed);
  const filesDir = path.join(opts.outDir, 'files');
  fs.mkdirSync(filesDir, { recursive: true });
  const written = new Map<string, number>();
  const save = (bytes: Buffer): string => {
    const hash = sha256(bytes);
    if (!written.has(hash)) {
      fs.writeFileSync(path.join(filesDir, `${hash}.pdf`), bytes);
      written.set(hash, bytes.length);
    }
    return hash;
  };

  const claims: DatasetClaim[] = [];
  const mix = claimMix(opts.claims, rng.fork('mix'));
  for (const [i, m] of mix.entries()) {
    const claimRng = rng.fork(`claim-${i}`);
    const draft = draftClaim(i + 1, m, claimRng, i === ENCRYPTED_CLAIM);
    const documents = await renderDocuments(draft.jobs, fonts, claimRng.fork('documents'), i === CORRUPT_CLAIM, save);
    claims.push({ ...draft.claim, documents });
    opts.onClaim?.(i + 1, mix.length);
  }

  const dataset: Dataset = { format: 'claimdesk-demo/1', generatedAt: REFERENCE_NOW, seed: opts.seed, users: [...DEMO_USERS], claims };
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) throw new Error(`generated dataset is invalid: ${describeZodError(checked.error)}`);
  fs.writeFileSync(path.join(opts.outDir, 'dataset.json'), `${JSON.stringify(dataset, null, 1)}\n`);

  // Files of an earlier generation that this one no longer references.
  for (const name of fs.readdirSync(filesDir)) {
    if (name.endsWith('.pdf') && !written.has(name.slice(0, -4))) fs.rmSync(path.join(filesDir, name));
  }
  return { claims: claims.length, files: written.size, bytes: [...written.values()].reduce((s, n) => s + n, 0) };
}
