import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentType, ReadField } from '../../shared/domain/document';
import { generateDocument } from './eval-documents';
import { Rng } from './eval-random';
import { scanOf } from './eval-scan';

// The extraction evaluation set: claim documents of every type, written from docs/document-types.md by a
// generator of its own (other layouts and wordings than the demo's), each PDF with its truth beside
// it (<name>.truth.json: the read fields an extractor should produce). Deterministic from the seed.
//
//   npx tsx tests/extraction/generate-eval.ts OUT_DIR [--seed 7] [--count 60] [--scans 10]

export interface EvalEntry {
  name: string;
  file: string;
  documentType: DocumentType;
  pages: number;
  /** An image-only scan: every field must come from OCR. */
  scanned: boolean;
  fields: ReadField[];
}

export interface EvalOptions {
  dir: string;
  seed?: number;
  /** Documents with a text layer. */
  count?: number;
  /** Image-only scans (of freshly generated documents). */
  scans?: number;
  types?: readonly DocumentType[];
}

const TYPES: readonly DocumentType[] = ['medical_invoice', 'expense_list', 'discharge_summary', 'pathology_report', 'genetic_report', 'prescription'];
// Scans are of single-page forms; long lists are not worth OCRing page by page in an evaluation.
const SCAN_TYPES: readonly DocumentType[] = ['medical_invoice', 'discharge_summary', 'pathology_report', 'genetic_report', 'prescription'];
const OTHER_EVERY = 15;

function write(dir: string, name: string, bytes: Uint8Array, entry: Omit<EvalEntry, 'file'>): EvalEntry {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const full = { ...entry, file };
  writeFileSync(path.join(dir, `${name}.truth.json`), `${JSON.stringify({ documentType: entry.documentType, pages: entry.pages, scanned: entry.scanned, fields: entry.fields }, null, 2)}\n`);
  return full;
}

export async function generateEvalSet(options: EvalOptions): Promise<EvalEntry[]> {
  const { dir, seed = 7, count = 60, scans = 0 } = options;
  const types = options.types ?? TYPES;
  mkdirSync(dir, { recursive: true });
  const root = new Rng(seed);
  const entries: EvalEntry[] = [];
  for (let i = 0; i < count; i++) {
    const rng = root.fork(i + 1);
    const type = options.types === undefined && (i + 1) % OTHER_EVERY === 0 ? 'other' : types[i % types.length]!;
    const doc = await generateDocument(rng, type);
    const name = `eval-${String(i + 1).padStart(3, '0')}-${type}`;
    entries.push(write(dir, name, doc.bytes, { name, documentType: type, pages: doc.pages, scanned: false, fields: doc.fields }));
  }
  const scanTypes = options.types ? options.types.filter((t) => SCAN_TYPES.includes(t)) : SCAN_TYPES;
  for (let i = 0; i < scans && scanTypes.length; i++) {
    const rng = root.fork(10_000 + i);
    const type = scanTypes[i % scanTypes.length]!;
    const doc = await generateDocument(rng, type);
    const scan = await scanOf(doc.bytes, doc.fields, rng);
    const name = `scan-${String(i + 1).padStart(3, '0')}-${type}`;
    entries.push(write(dir, name, scan.bytes, { name, documentType: type, pages: doc.pages, scanned: true, fields: scan.fields }));
  }
  return entries;
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const dir = args[0];
  if (!dir || dir.startsWith('--')) {
    console.error('usage: tsx tests/extraction/generate-eval.ts OUT_DIR [--seed N] [--count N] [--scans N]');
    process.exit(2);
  }
  const entries = await generateEvalSet({ dir, seed: option(args, '--seed', 7), count: option(args, '--count', 60), scans: option(args, '--scans', 10) });
  console.log(`${entries.length} documents written to ${dir}`);
}
