import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentType, ReadField } from '../../shared/domain/document';
import { datasetSchema } from '../../shared/domain/dataset';
import type { ExtractionResult } from '../../src-main/extraction/types';
import { add, scoreDocument, type Tally } from './score';

// Runs the engine over truth-carrying documents (the evaluation set, the demo dataset) and tallies
// field-level precision and recall per document type, plus the recall on the fields that matter
// most for a claim: amounts, dates and biomarker results.

export interface TruthDocument {
  name: string;
  documentType: DocumentType;
  bytes: Uint8Array;
  password?: string;
  fields: ReadField[];
}

export const FIELD_GROUPS = {
  amounts: (key: string) => key.endsWith('Fen'),
  dates: (key: string) => key.endsWith('Date'),
  biomarkers: (key: string) => /^(egfr|alk|ros1|ras|braf|msi|her2Ihc|her2Ish|pdl1Tps|pdl1Cps|mmr)(\[\])?$/.test(key),
} as const;
export type FieldGroup = keyof typeof FIELD_GROUPS;

export interface Evaluation {
  documents: number;
  pages: number;
  wallMs: number;
  /** CPU time of the whole process (all threads, the recogniser's included). */
  cpuMs: number;
  typeErrors: string[];
  byType: Map<DocumentType, Tally>;
  byGroup: Record<FieldGroup, Tally>;
  misses: string[];
}

const empty = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

export async function evaluate(docs: readonly TruthDocument[], extract: (d: TruthDocument) => Promise<ExtractionResult>): Promise<Evaluation> {
  const out: Evaluation = {
    documents: 0, pages: 0, wallMs: 0, cpuMs: 0, typeErrors: [], byType: new Map(),
    byGroup: { amounts: empty(), dates: empty(), biomarkers: empty() }, misses: [],
  };
  for (const d of docs) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = await extract(d);
    out.wallMs += performance.now() - started;
    const used = process.cpuUsage(cpu);
    out.cpuMs += (used.user + used.system) / 1000;
    out.documents++;
    out.pages += result.pages;
    const score = scoreDocument(d.documentType, d.fields, result.documentType, result.fields);
    if (!score.typeCorrect) out.typeErrors.push(`${d.name}: ${d.documentType} read as ${result.documentType}`);
    const tally = out.byType.get(d.documentType) ?? empty();
    out.byType.set(d.documentType, tally);
    for (const [key, t] of score.byKey) {
      add(tally, t);
      for (const [group, test] of Object.entries(FIELD_GROUPS) as [FieldGroup, (k: string) => boolean][]) if (test(key)) add(out.byGroup[group], t);
    }
    for (const u of score.missed) out.misses.push(`${d.name}: missed ${u.key} ${JSON.stringify(u.value)}`);
    for (const u of score.wrong) out.misses.push(`${d.name}: wrong ${u.key} ${JSON.stringify(u.value)}`);
  }
  return out;
}

/** The demo dataset's readable documents (its deliberately broken files left out), or null when absent. */
export function demoDocuments(repoRoot: string): TruthDocument[] | null {
  const dir = path.join(repoRoot, 'resources', 'demo');
  const file = path.join(dir, 'dataset.json');
  if (!existsSync(file)) return null;
  const dataset = datasetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return dataset.claims.flatMap((c) => c.documents).filter((d) => !d.defect).map((d) => ({
    name: `${d.sha256.slice(0, 12)} ${d.fileName}`, documentType: d.documentType, password: d.password, fields: d.fields,
    bytes: new Uint8Array(readFileSync(path.join(dir, 'files', `${d.sha256}.pdf`))),
  }));
}
