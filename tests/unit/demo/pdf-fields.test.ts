import { describe, expect, it } from 'vitest';
import type { DatasetDocument } from '../../../shared/domain/dataset';
import { committedDataset, documentBytes } from './committed';
import { openPdf, textInBox, withoutSpace, type PageRun } from './pdf-text';

// Opens a fixed sample of the committed PDFs with pdf.js and checks that each read field's text is
// what the text layer holds inside the field's box: the boxes an extractor is scored against are right.

const docs = committedDataset().claims.flatMap((c) => c.documents);
const SAMPLE_PER_TYPE = 7;

/** Evenly spaced documents of each type, plus the longest expense list (several pages). */
function sample(): DatasetDocument[] {
  const readable = docs.filter((d) => !d.defect);
  const out = new Set<DatasetDocument>();
  for (const type of new Set(readable.map((d) => d.documentType))) {
    const ofType = readable.filter((d) => d.documentType === type);
    for (let i = 0; i < SAMPLE_PER_TYPE; i++) out.add(ofType[Math.floor((i * ofType.length) / SAMPLE_PER_TYPE)]!);
  }
  out.add(readable.reduce((a, b) => (b.pages > a.pages ? b : a)));
  return [...out];
}

describe('PDFs of the demo dataset', () => {
  const sampled = sample();

  it('samples at least 40 documents of every type, one of them several pages long', () => {
    expect(sampled.length).toBeGreaterThanOrEqual(40);
    expect(new Set(sampled.map((d) => d.documentType)).size).toBe(6);
    expect(Math.max(...sampled.map((d) => d.pages))).toBeGreaterThanOrEqual(3);
  });

  it('holds each field\'s text inside its box on its page, on A4 pages, with the CJK font embedded as a subset', async () => {
    for (const doc of sampled) {
      const bytes = documentBytes(doc);
      expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
      const pdf = await openPdf(bytes);
      try {
        expect(pdf.numPages).toBe(doc.pages);
        expect(await pdf.pageSize(1)).toEqual([595.28, 841.89]);
        const runs = new Map<number, PageRun[]>();
        for (const f of doc.fields) {
          if (!runs.has(f.page)) runs.set(f.page, await pdf.pageRuns(f.page));
          const inside = withoutSpace(textInBox(runs.get(f.page)!, f.bbox));
          const printed = withoutSpace(f.text);
          expect(printed.length).toBeGreaterThan(0);
          // A value's box holds exactly its text; an item table's box holds its rows (and header).
          if (Array.isArray(f.value)) expect(inside, `${doc.documentType} ${f.key}`).toContain(printed);
          else expect(inside, `${doc.documentType} ${f.key}`).toBe(printed);
        }
      } finally {
        await pdf.destroy();
      }
    }
  });

  it('cannot open the corrupt file', async () => {
    const corrupt = docs.find((d) => d.defect === 'corrupt')!;
    await expect(openPdf(documentBytes(corrupt))).rejects.toMatchObject({ name: 'InvalidPDFException' });
  });

  it('asks for a password for the encrypted file, and opens it with the recorded one', async () => {
    const encrypted = docs.find((d) => d.defect === 'encrypted')!;
    await expect(openPdf(documentBytes(encrypted))).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(openPdf(documentBytes(encrypted), 'wrong')).rejects.toMatchObject({ name: 'PasswordException' });
    const pdf = await openPdf(documentBytes(encrypted), encrypted.password);
    expect(pdf.numPages).toBe(encrypted.pages);
    expect((await pdf.pageRuns(1)).length).toBeGreaterThan(10);
    await pdf.destroy();
  });
});
