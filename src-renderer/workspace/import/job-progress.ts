import type { Job } from '../../../shared/domain/job';

// How far an import has got, for its progress bar: opening is quick, the pages (text layer, rendering,
// OCR) take most of the time and advance page by page, reading fields and saving close it off.

const PAGE_STAGES_FROM = 10;
const PAGE_STAGES_TO = 85;
const FIXED: Partial<Record<Job['stage'], number>> = { queued: 0, open: 5, fields: 88, saving: 95, done: 100 };

/** 0..100 for a job's stage and page. */
export function jobPercent(job: Pick<Job, 'stage' | 'page' | 'pages'>): number {
  const fixed = FIXED[job.stage];
  if (fixed !== undefined) return fixed;
  const share = job.pages > 0 ? Math.min(1, Math.max(0, job.page / job.pages)) : 0;
  return Math.round(PAGE_STAGES_FROM + (PAGE_STAGES_TO - PAGE_STAGES_FROM) * share);
}

/** Why a document could not be read, by the contract's codes, as the UI explains it; other codes read as INTERNAL. */
export const IMPORT_PROBLEMS = ['DOCUMENT_CORRUPT', 'PASSWORD_REQUIRED', 'PASSWORD_WRONG', 'TOO_LARGE', 'TIMEOUT', 'INTERNAL'] as const;
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];

export function importProblem(code: string): ImportProblem {
  return (IMPORT_PROBLEMS as readonly string[]).includes(code) ? (code as ImportProblem) : 'INTERNAL';
}

/** A password re-reads the document: asked for when it was missing or wrong. */
export const needsPassword = (problem: ImportProblem): boolean => problem === 'PASSWORD_REQUIRED' || problem === 'PASSWORD_WRONG';
