import fs from 'node:fs';
import path from 'node:path';
import { datasetSchema, type Dataset, type DatasetClaim, type DatasetDocument } from '../../../shared/domain/dataset';
import { resourcesDir } from '../../../src-main/paths';

// The demo dataset the host loaded (resources/demo, or CLAIMDESK_RESOURCES as for the host): the
// tests pick their claims from it instead of hard-coding claim numbers.

let cached: Dataset | null = null;

export function demoDataset(): Dataset {
  cached ??= datasetSchema.parse(JSON.parse(fs.readFileSync(path.join(resourcesDir(), 'demo', 'dataset.json'), 'utf8')));
  return cached;
}

/** A demo document's file as it lies beside the dataset (files/<sha256>.pdf), e.g. to import it again. */
export function demoFileBytes(document: DatasetDocument): Buffer {
  return fs.readFileSync(path.join(resourcesDir(), 'demo', 'files', `${document.sha256}.pdf`));
}

/** Ids as the cache derives them (src-main/db/mutations/dataset.ts): claim number, -D<n>, -F<n>. */
export const documentId = (claim: DatasetClaim, index: number): string => `${claim.claimNumber}-D${index + 1}`;
export const fieldId = (claim: DatasetClaim, documentIndex: number, fieldIndex: number): string =>
  `${documentId(claim, documentIndex)}-F${fieldIndex + 1}`;

/** The user at the keyboard when the host starts: the first user by id (the workstation's default). */
export const defaultUserId = (): string => [...demoDataset().users].map((u) => u.id).sort()[0]!;

/**
 * Claims in review, held by the default user (so the workflow lets the tests change them), whose
 * documents all open and whose first document has fields.
 */
function workableClaims(): DatasetClaim[] {
  return demoDataset().claims.filter((c) => c.status === 'in_review' && c.assigneeId === defaultUserId() && c.problems.length === 0
    && c.documents.length > 0 && c.documents.every((d) => !d.defect && d.pages > 0) && c.documents[0]!.fields.length > 0);
}

/** The first half of the workable claims, for the workspace and import tests (which change some). */
export const healthyClaims = (): DatasetClaim[] => workableClaims().slice(0, Math.ceil(workableClaims().length / 2));

/** The other half, for the decision tests (which decide some): the specs never meet on a claim. */
export const decisionClaims = (): DatasetClaim[] => workableClaims().slice(Math.ceil(workableClaims().length / 2));

export function claimWithDefect(defect: NonNullable<DatasetDocument['defect']>): { claim: DatasetClaim; index: number; document: DatasetDocument } {
  for (const claim of demoDataset().claims) {
    const index = claim.documents.findIndex((d) => d.defect === defect);
    if (index !== -1) return { claim, index, document: claim.documents[index]! };
  }
  throw new Error(`the demo dataset has no document with defect "${defect}"`);
}
