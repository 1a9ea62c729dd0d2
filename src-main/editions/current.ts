import { listEditionIds } from './load-edition';

// Which editions the workstation works on now: the newest clinical-pathway edition shipped, and the
// products edition of the policies in force.

export const PRODUCTS_EDITION = 'PAY-2025.1';

export function latestEditionId(): string {
  const ids = listEditionIds();
  const latest = ids[ids.length - 1];
  if (!latest) throw new Error('no clinical-pathway edition is installed (resources/guidelines is empty)');
  return latest;
}

/** The document vocabulary (field keys and value forms, docs/document-types.md) the readers follow. */
export const DOCUMENTS_EDITION = 'DOC-2025.1';
