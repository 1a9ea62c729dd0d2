import fs from 'node:fs';
import path from 'node:path';
import { datasetSchema, type Dataset } from '../../shared/domain/dataset';
import { describeZodError } from '../../shared/domain/issue-path';
import { syntheticClaims } from '../../resources/demo/synthetic';
import type { Db } from '../db/connection';
import { clearClaims, loadDataset, type LoadSummary } from '../db/mutations/dataset';
import { countClaims } from '../db/queries/users';
import type { DocumentStore } from '../store/document-store';

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
}

export function loadDemo(db: Db, store: DocumentStore, demoDir: string, options: DemoOptions): LoadSummary | null {
  if (options.mode === 'if-empty' && countClaims(db) > 0) return null;
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
  if (options.mode === 'reset') clearClaims(db, SYSTEM_USER, 'demo dataset reloaded (--demo)');
  const claims = function* () {
    yield* dataset.claims;
    if (options.scale) yield* syntheticClaims(options.scale, dataset.seed + 1, dataset.claims);
  };
  return loadDataset(db, SYSTEM_USER, options.scale ? `demo+${options.scale}` : 'demo', dataset.users, claims(), (sha) => sizes.get(sha) ?? 0);
}
