// A case fact as the reviewer reads it beside a criterion, and an absent fact as null so the caller can
// say so. Given its path and the fields' display (useFieldDisplay), a fact reads like the field it came
// from: `biomarkers[0].result` as a marker result, `treatments[0].dose` as `80 mg`, `…drug` by its name
// in the UI language. Without them: scalars as they are, lists joined, objects as `key value` pairs.

export type ShowValue = (key: string, value: unknown) => string;

/** The key a fact's path ends in: `biomarkers[0].result` → `result`, `priorLines[1].drugs` → `drugs`. */
export const factKey = (path: string): string => path.replace(/\[\d+\]/g, '').split('.').at(-1) ?? path;

export function factValueText(value: unknown, path?: string, show?: ShowValue): string | null {
  if (value === null || value === undefined) return null;
  if (path !== undefined && show) return show(factKey(path), value);
  if (Array.isArray(value)) return value.map((v) => factValueText(v) ?? '—').join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k} ${factValueText(v)}`).join(', ');
  }
  return String(value);
}
