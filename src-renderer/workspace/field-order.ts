import type { DocumentMeta, Field } from '../../shared/domain/workspace';

/** Fields per document, documents in filing order, fields in reading order (as main returns them). */
export function groupFields(documents: readonly DocumentMeta[], fields: readonly Field[]): Map<string, Field[]> {
  const groups = new Map<string, Field[]>(documents.map((d) => [d.id, []]));
  for (const f of fields) groups.get(f.documentId)?.push(f);
  return groups;
}

/** The item `delta` steps from `currentId` (clamped at both ends); the first item when nothing is current. */
export function step<T extends { id: string }>(list: readonly T[], currentId: string | null, delta: number): T | undefined {
  const at = list.findIndex((x) => x.id === currentId);
  if (at === -1) return list[0];
  return list[Math.min(list.length - 1, Math.max(0, at + delta))];
}
