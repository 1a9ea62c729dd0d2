import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src-main/extraction/extract-document';
import { generateDocument } from '../extraction/eval-documents';
import { evaluate, FIELD_GROUPS } from '../extraction/evaluate';
import { generateEvalSet } from '../extraction/generate-eval';
import { Rng } from '../extraction/eval-random';
import { scanOf } from '../extraction/eval-scan';
import { precision, recall, scoreDocument } from '../extraction/score';
import { tempDir } from '../support/temp-dir';

// Field-level accuracy on a small sample of the evaluation set (the bench measures the full set):
// on text-layer documents every type at >= 0.98 precision and recall; on one image-only scan, OCR
// reads an amount and a date.

const TARGET = 0.98;

describe('extraction accuracy', () => {
  const tmp = tempDir('claimdesk-extraction-accuracy-');
  afterAll(() => tmp.remove());

  it('reads the fields of text-layer documents of every type at >= 0.98 precision and recall', async () => {
    const entries = await generateEvalSet({ dir: tmp.dir, seed: 4242, count: 30 });
    const docs = entries.map((e) => ({ name: e.name, documentType: e.documentType, fields: e.fields, bytes: new Uint8Array(readFileSync(e.file)) }));
    const result = await evaluate(docs, (d) => extractDocument(d.bytes));
    expect(result.typeErrors).toEqual([]);
    const summary = [...result.byType].map(([type, t]) => ({ type, precision: precision(t), recall: recall(t), fields: t.truePositives + t.falseNegatives }));
    console.log('extraction accuracy (text layer):', summary.map((s) => `${s.type} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)}`).join('; '));
    expect(summary.filter((s) => s.type !== 'other').length).toBe(6);
    for (const s of summary) {
      expect(s.precision, `${s.type} precision (${result.misses.join('; ')})`).toBeGreaterThanOrEqual(TARGET);
      expect(s.recall, `${s.type} recall (${result.misses.join('; ')})`).toBeGreaterThanOrEqual(TARGET);
    }
  });

  it('reads an amount and a date of a scanned invoice by OCR', async () => {
    const rng = new Rng(31);
    const doc = await generateDocument(rng.fork(1), 'medical_invoice');
    const scan = await scanOf(doc.bytes, doc.fields, rng.fork(2));
    const result = await extractDocument(scan.bytes);
    expect(result.documentType).toBe('medical_invoice');
    expect(result.fields.every((f) => f.source === 'ocr')).toBe(true);
    const score = scoreDocument('medical_invoice', scan.fields, result.documentType, result.fields);
    const matched = [...score.byKey].filter(([, t]) => t.truePositives > 0).map(([key]) => key);
    expect(matched.filter(FIELD_GROUPS.amounts).length).toBeGreaterThanOrEqual(1);
    expect(matched.filter(FIELD_GROUPS.dates).length).toBeGreaterThanOrEqual(1);
  });
});
