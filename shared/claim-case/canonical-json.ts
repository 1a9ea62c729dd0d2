// Canonical JSON (docs/workflow.md, "inputsHash"): object keys sorted at every level, no whitespace,
// arrays in order, absent and undefined members left out. Two programs that agree on the case agree
// on these bytes, so a decision's inputsHash can be recomputed anywhere.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value).sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}
