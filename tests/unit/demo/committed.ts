import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetSchema, type Dataset, type DatasetClaim, type DatasetDocument } from '../../../shared/domain/dataset';

// The committed demo dataset (resources/demo), read once per test file. Tests check what is
// committed; they do not regenerate it.

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const demoDir = path.join(repoRoot, 'resources', 'demo');

let cached: Dataset | null = null;

export function committedDataset(): Dataset {
  cached ??= datasetSchema.parse(JSON.parse(fs.readFileSync(path.join(demoDir, 'dataset.json'), 'utf8')));
  return cached;
}

export function documentBytes(doc: Pick<DatasetDocument, 'sha256'>): Buffer {
  return fs.readFileSync(path.join(demoDir, 'files', `${doc.sha256}.pdf`));
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Fields of a document by key; documents of several pages repeat `items` once per page. */
export function fieldsOf(doc: DatasetDocument, key: string): DatasetDocument['fields'] {
  return doc.fields.filter((f) => f.key === key);
}

export function fieldValue(doc: DatasetDocument, key: string): unknown {
  return fieldsOf(doc, key)[0]?.value;
}

export function documentOf(claim: DatasetClaim, type: DatasetDocument['documentType']): DatasetDocument | undefined {
  return claim.documents.find((d) => d.documentType === type && !d.defect);
}
