// Audit entries of fields carry `{ key, value }` before and after; anything else is shown as it is.
export interface FieldSnapshot { key: string; value: unknown }

export function fieldSnapshot(x: unknown): FieldSnapshot | null {
  if (x === null || typeof x !== 'object' || !('key' in x) || typeof (x as { key: unknown }).key !== 'string') return null;
  return { key: (x as { key: string }).key, value: (x as { value?: unknown }).value };
}
