import fs from 'node:fs';
import { checkPathway, toCaseResult } from './shared/pathway/evaluate';
import { editionSchema } from './shared/pathway/edition-schema';
const edition = editionSchema.parse(JSON.parse(fs.readFileSync('resources/guidelines/CDP-2025.1.json', 'utf8')));
const ds = JSON.parse(fs.readFileSync('resources/demo/dataset.json', 'utf8'));
const tally = new Map<string, number>();
for (const c of ds.claims) {
  const r = toCaseResult(checkPathway(c.case, edition));
  const governed = r.lines.filter((l: any) => l.verdict !== 'not_governed');
  const key = `${c.problems[0] ?? 'none'} -> ${governed.map((l: any) => `${l.verdict}${l.reasons.length ? '[' + l.reasons.join(',') + ']' : ''}`).join(' ')}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
  if ((c.problems.length === 0 && governed.some((l: any) => l.verdict !== 'in_pathway')) ) console.log('UNEXPECTED', c.claimNumber, c.cancerType, JSON.stringify(r.lines), JSON.stringify(c.case.biomarkers));
}
for (const [k, v] of [...tally].sort()) console.log(v, k);
