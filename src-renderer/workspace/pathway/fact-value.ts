// A case fact as the reviewer reads it beside a criterion: scalars as they are, lists joined,
// objects (a dose) as `key value` pairs, and an absent fact as null so the caller can say so.

export function factValueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => factValueText(v) ?? '—').join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k} ${factValueText(v)}`).join(', ');
  }
  return String(value);
}
