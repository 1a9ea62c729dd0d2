import fs from 'node:fs';
import path from 'node:path';
import { datasetSchema, type Dataset } from '../../shared/domain/dataset';
import { describeZodError } from '../../shared/domain/issue-path';
import type { Cache } from '../db/connection';
import { clearClaims, loadDataset, type LoadSummary } from '../db/mutations/dataset';
import { countClaims } from '../db/queries/users';
import type { DocumentStore } from '../store/document-store';
import { demoClaims } from './demo-claims';
import { isDecidedDemoClaim, seedDecisions, type DecidedClaim } from './seed-decisions';

// The built-in demo dataset: loaded on first start when the cache is empty, reloaded by `--demo`, and
// optionally padded with N synthetic claims (which reuse the demo documents) to try the app at size.

export const SYSTEM_USER = 'system';

export function readDemoDataset(demoDir: string): Dataset {
  const file = path.join(demoDir, 'dataset.json');
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the demo dataset ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) throw new Error(`the demo dataset ${file} is malformed: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

export interface DemoOptions {
  /** 'if-empty' on a normal start; 'reset' for `--demo`. */
  mode: 'if-empty' | 'reset';
  /** Synthetic claims to add beside the demo ones. */
  scale?: number;
  /**
   * The day it is loaded: claims' receivedAt and slaDue move by whole days so that the dataset's
   * generatedAt falls on it (China time). Without it (test fixtures), dates stay as in the dataset.
   */
  today?: Date;
}

export function loadDemo(cache: Cache, store: DocumentStore, demoDir: string, options: DemoOptions): LoadSummary | null {
  if (options.mode === 'if-empty' && countClaims(cache.db) > 0) return null;
  const dataset = readDemoDataset(demoDir);
  const sizes = new Map<string, number>();
  for (const claim of dataset.claims) {
    for (const doc of claim.documents) {
      if (sizes.has(doc.sha256)) continue;
      const file = path.join(demoDir, 'files', `${doc.sha256}.pdf`);
      store.putFile(file, doc.sha256);
      sizes.set(doc.sha256, fs.statSync(file).size);
    }
  }
  // One transaction: a load is whole or not at all.
  return cache.transact(SYSTEM_USER, (tx) => {
    if (options.mode === 'reset') clearClaims(tx, 'demo dataset reloaded (--demo)');
    const decided: DecidedClaim[] = [];
    const claims = function* () {
      for (const c of demoClaims(dataset, options)) {
        if (isDecidedDemoClaim(c)) decided.push({ claimNumber: c.claimNumber, status: c.status, receivedAt: c.receivedAt, assigneeId: c.assigneeId });
        yield c;
      }
    };
    const summary = loadDataset(tx, options.scale ? `demo+${options.scale}` : 'demo', dataset.users, claims(), (sha) => sizes.get(sha) ?? 0);
    seedDecisions(tx, decided);
    return summary;
  });
}
