import fs from 'node:fs';
import path from 'node:path';
import { benchAudit } from './audit.bench';
import { benchCache } from './cache.bench';
import { benchDecision } from './decision.bench';
import { benchExtraction } from './extraction.bench';
import { benchFirstPage } from './first-page.bench';
import type { BenchRow } from './measure';
import { benchPathway } from './pathway.bench';
import { benchPayout } from './payout.bench';

// `npm run bench`: every workload beside its baseline, measured in the same run on the same machine.
// Prints a table and writes bench/results.json. Workloads can be picked by name: `npm run bench -- cache`.

const WORKLOADS: Record<string, () => Promise<BenchRow[]>> = {
  cache: () => benchCache(),
  'first-page': () => benchFirstPage(),
  pathway: () => benchPathway(),
  payout: () => benchPayout(),
  extraction: () => benchExtraction(),
  audit: () => benchAudit(),
  decision: () => benchDecision(),
};

function table(rows: BenchRow[]): string {
  const head = ['workload', 'value', 'unit', 'baseline', 'ratio', 'target', 'ok'];
  const body = rows.map((r) => [r.workload, String(r.value), r.unit, r.baseline === undefined ? '' : `${r.baseline} (${r.baselineName ?? ''})`,
    r.ratio === undefined ? '' : String(r.ratio), r.target ?? '', r.pass === undefined ? '' : r.pass ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const picked = process.argv.slice(2);
  const names = picked.length ? picked : Object.keys(WORKLOADS);
  const results: Record<string, BenchRow[]> = {};
  for (const name of names) {
    const run = WORKLOADS[name];
    if (!run) throw new Error(`unknown workload ${name}; known: ${Object.keys(WORKLOADS).join(', ')}`);
    console.error(`bench: ${name}…`);
    results[name] = await run();
  }
  const rows = Object.values(results).flat();
  console.log(table(rows));
  const file = path.resolve('bench', 'results.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results }, null, 2));
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
