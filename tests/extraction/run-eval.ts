import { readFileSync } from 'node:fs';
import { extractDocument } from '../../src-main/extraction/extract-document';
import { closeIdleOcrEngine } from '../../src-main/extraction/ocr';
import { tempDir } from '../support/temp-dir';
import { evaluate, FIELD_GROUPS, type FieldGroup } from './evaluate';
import { generateEvalSet } from './generate-eval';
import { precision, recall } from './score';

// The evaluation on any seed, with every missed or wrong field listed: what a change to the engine is
// checked against before the bench (which uses one fixed seed) is run.
//
//   npx tsx tests/extraction/run-eval.ts [--seed 77] [--count 0] [--scans 40] [--misses]

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const tmp = tempDir('claimdesk-eval-');
try {
  const entries = await generateEvalSet({ dir: tmp.dir, seed: option('--seed', 77), count: option('--count', 0), scans: option('--scans', 40) });
  const docs = entries.map((e) => ({ name: e.name, documentType: e.documentType, fields: e.fields, bytes: new Uint8Array(readFileSync(e.file)) }));
  const e = await evaluate(docs, (d) => extractDocument(d.bytes));
  for (const group of Object.keys(FIELD_GROUPS) as FieldGroup[]) {
    const t = e.byGroup[group];
    console.log(`${group.padEnd(10)} recall ${recall(t).toFixed(3)} precision ${precision(t).toFixed(3)} (${t.truePositives} read, ${t.falseNegatives} missed, ${t.falsePositives} wrong)`);
  }
  for (const [type, t] of e.byType) console.log(`${type.padEnd(18)} recall ${recall(t).toFixed(3)} precision ${precision(t).toFixed(3)}`);
  console.log(`${e.documents} documents, ${e.pages} pages, ${(e.wallMs / 1000 / e.pages).toFixed(2)} s/page wall, ${(e.cpuMs / 1000 / e.pages).toFixed(2)} CPU-s/page`);
  for (const t of e.typeErrors) console.log(`type: ${t}`);
  if (process.argv.includes('--misses')) for (const m of e.misses) console.log(m);
} finally {
  tmp.remove();
  await closeIdleOcrEngine();
}
