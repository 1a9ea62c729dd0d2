import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetClaim } from '../../../shared/domain/dataset';
import { parseEdition } from '../../../shared/pathway/edition-schema';
import { checkPathway } from '../../../shared/pathway/evaluate';
import type { PathwayLine } from '../../../shared/pathway/types';
import { committedDataset, repoRoot } from './committed';

// The demo claims are clinically in pathway unless they carry a clinical problem on purpose, and then
// the shipped edition finds exactly that problem: the check is the demo's ground truth made visible.

const edition = parseEdition(JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'guidelines', 'CDP-2025.1.json'), 'utf8')));
const claims = committedDataset().claims;

const governedLines = (c: DatasetClaim): PathwayLine[] => checkPathway(c.case, edition).lines.filter((l) => l.verdict !== 'not_governed');
const withProblem = (p: string | null) => claims.filter((c) => (p === null ? c.problems.every((x) => x === 'invoice_total_mismatch') : c.problems.includes(p)));

describe('demo claims under the shipped pathway edition', () => {
  it('puts every governed drug of a claim without a clinical problem in pathway', () => {
    const claimsWithoutProblem = withProblem(null);
    expect(claimsWithoutProblem.length).toBeGreaterThan(150);
    for (const c of claimsWithoutProblem) {
      for (const line of governedLines(c)) expect(line.verdict, `${c.claimNumber} ${line.drug} ${line.reasons.join(',')}`).toBe('in_pathway');
    }
  });

  it('finds the dose above the recommendation on dose_above_label claims', () => {
    for (const c of withProblem('dose_above_label')) {
      expect(governedLines(c).some((l) => l.verdict === 'off_pathway' && l.reasons.includes('DOSE_ABOVE_RECOMMENDED')), c.claimNumber).toBe(true);
    }
  });

  it('finds an undocumented biomarker on missing_biomarker_report claims', () => {
    for (const c of withProblem('missing_biomarker_report')) {
      const lines = governedLines(c);
      expect(lines.some((l) => l.verdict === 'insufficient_evidence' && l.reasons.some((r) => r.startsWith('BIOMARKER_NOT_DOCUMENTED'))), c.claimNumber).toBe(true);
    }
  });

  it('finds the drug not indicated for the diagnosis on off_indication claims', () => {
    for (const c of withProblem('off_indication')) {
      expect(governedLines(c).some((l) => l.reasons.includes('NOT_INDICATED_FOR_DIAGNOSIS')), c.claimNumber).toBe(true);
    }
  });
});
