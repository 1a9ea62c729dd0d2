import type { FactSource } from '../../../shared/claim-case/case-from-claim';

// Which document field a case fact came from. The engines name facts by case path
// (`biomarkers[0].result`); the case builder records sources by the path it filled, which can be the
// fact itself, an enclosing entry, or a part of the entry the fact names as a whole.

/** `biomarkers[0].result` → `biomarkers[0].result`, `biomarkers[0]`, `biomarkers`: nearest first. */
function selfAndAncestors(path: string): string[] {
  const out = [path];
  for (let i = path.length - 1; i > 0; i--) if (path[i] === '.' || path[i] === '[') out.push(path.slice(0, i));
  return out;
}

export function findFactSource(sources: Readonly<Record<string, FactSource>>, path: string): FactSource | null {
  for (const p of selfAndAncestors(path)) if (Object.hasOwn(sources, p)) return sources[p]!;
  // A whole entry (`biomarkers[0]`, `treatments[1]`) whose parts were read from a field: the first part.
  const part = Object.keys(sources).filter((k) => k.startsWith(`${path}.`) || k.startsWith(`${path}[`)).sort()[0];
  return part === undefined ? null : sources[part]!;
}
