import { describe, expect, it } from 'vitest';
import { JOB_STAGES } from '../../../shared/domain/job';
import { importProblem, jobPercent, needsPassword } from '../../../src-renderer/workspace/import/job-progress';
import { isPdfFile, pickPdfs } from '../../../src-renderer/workspace/import/read-files';

describe('import progress', () => {
  it('never goes back as the stages follow each other, from 0 to 100', () => {
    const percents = JOB_STAGES.map((stage) => jobPercent({ stage, page: 3, pages: 3 }));
    expect(percents[0]).toBe(0);
    expect(percents.at(-1)).toBe(100);
    percents.slice(1).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(percents[i]!));
  });

  it('advances page by page while the pages are read', () => {
    const pages = [0, 1, 2, 3, 4].map((page) => jobPercent({ stage: 'ocr', page, pages: 4 }));
    expect(pages).toEqual([10, 29, 48, 66, 85]);
    expect(jobPercent({ stage: 'text', page: 0, pages: 0 })).toBe(10);
  });

  it('names every failure the UI explains, and anything else as internal', () => {
    expect(['DOCUMENT_CORRUPT', 'PASSWORD_REQUIRED', 'PASSWORD_WRONG', 'TOO_LARGE', 'TIMEOUT'].map(importProblem))
      .toEqual(['DOCUMENT_CORRUPT', 'PASSWORD_REQUIRED', 'PASSWORD_WRONG', 'TOO_LARGE', 'TIMEOUT']);
    expect(importProblem('CANCELLED')).toBe('INTERNAL');
    expect(needsPassword('PASSWORD_REQUIRED') && needsPassword('PASSWORD_WRONG')).toBe(true);
    expect(needsPassword('DOCUMENT_CORRUPT')).toBe(false);
  });

  it('imports PDFs only, by type or by name', () => {
    expect(isPdfFile({ name: 'scan', type: 'application/pdf' })).toBe(true);
    expect(isPdfFile({ name: '出院小结.PDF', type: '' })).toBe(true);
    expect(pickPdfs([{ name: 'a.pdf', type: '' }, { name: 'b.jpg', type: 'image/jpeg' }])).toEqual({ pdfs: [{ name: 'a.pdf', type: '' }], others: ['b.jpg'] });
  });
});
