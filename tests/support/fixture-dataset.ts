import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Dataset, DatasetClaim } from '../../shared/domain/dataset';
import { CLAIM_STATUSES, PRIORITIES } from '../../shared/domain/claim';

// A small dataset of the demo format, written by the tests themselves: real (tiny, Latin-text) PDFs,
// a corrupt one, and claims varied enough to exercise sorting, filtering and quick search.

export const FIXTURE_USERS: Dataset['users'] = [
  { id: 'u-adj', name: 'Adjuster A', roles: ['adjuster'], authorityLimitFen: 5_000_000 },
  { id: 'u-adj2', name: 'Adjuster B', roles: ['adjuster'], authorityLimitFen: 2_000_000 },
  { id: 'u-med', name: 'Reviewer M', roles: ['medical_reviewer'], authorityLimitFen: 0 },
  { id: 'u-sup', name: 'Supervisor S', roles: ['supervisor', 'adjuster'], authorityLimitFen: 100_000_000 },
];

/** Claims cycle through the states; an adjuster holds each (odd numbers u-adj, even u-adj2) but half the new ones. */
export const fixtureAssignee = (i: number, status: string): string | null =>
  status === 'new' && i % 2 === 0 ? null : i % 2 ? 'u-adj' : 'u-adj2';

function pdfBytes(lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date('2025-01-01T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica').fontSize(12);
    lines.forEach((line, i) => doc.text(line, 72, 72 + i * 20));
    doc.end();
  });
}

function save(dir: string, bytes: Buffer): { sha256: string; pages: number } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  fs.writeFileSync(path.join(dir, 'files', `${sha256}.pdf`), bytes);
  return { sha256, pages: 1 };
}

/** Claim 6 shares claim 5's policy (same policy year; claim 5 is decided and earlier). */
const policyIndexOf = (i: number): number => (i === 6 ? 5 : i);

function claimOf(i: number, invoice: { sha256: string }, corrupt: { sha256: string } | null): DatasetClaim {
  const n = String(i).padStart(5, '0');
  const p = policyIndexOf(i);
  const product = p % 2 ? 'MM-2025' : 'HMB-SH-2023';
  const status = CLAIM_STATUSES[i % CLAIM_STATUSES.length]!;
  const priority = PRIORITIES[i % PRIORITIES.length]!;
  const claimedFen = 100_000 + ((i * 7919) % 9_000_000);
  const documents: DatasetClaim['documents'] = [{
    sha256: invoice.sha256, fileName: `invoice-${n}.pdf`, documentType: 'medical_invoice', pages: 1,
    fields: [
      { key: 'invoiceNumber', value: `INV${n}`, text: `INV${n}`, confidence: 0.95, page: 1, bbox: [150, 72, 230, 86], source: 'text' },
      { key: 'totalFen', value: claimedFen, text: String(claimedFen / 100), confidence: 0.7, page: 1, bbox: [150, 92, 230, 106], source: 'text' },
    ],
  }];
  documents.push({
    sha256: invoice.sha256, fileName: `genetic-${n}.pdf`, documentType: 'genetic_report', pages: 1,
    fields: [{ key: 'egfr', value: ['exon19del'], text: 'EGFR 19号外显子缺失突变', confidence: 0.93, page: 1, bbox: [72, 72, 300, 86], source: 'text' }],
  });
  if (corrupt) documents.push({ sha256: corrupt.sha256, fileName: 'damaged.pdf', documentType: 'other', pages: 0, defect: 'corrupt', fields: [] });
  return {
    claimNumber: `CLM-T${n}`,
    status, priority,
    receivedAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
    slaDue: new Date(Date.UTC(2025, 0, 4) + i * 3_600_000).toISOString(),
    assigneeId: fixtureAssignee(i, status),
    claimant: { name: i % 10 === 0 ? `Wang ${n}` : `Li ${n}`, idNumber: `31010119600101${String(1000 + (i % 9000)).slice(-4)}`, sex: 'F', birthDate: '1960-01-01' },
    policy: { policyNumber: `POL-${String(p).padStart(5, '0')}`, product, startDate: '2025-01-01', endDate: '2025-12-31' },
    diagnosisText: i % 4 === 0 ? 'Breast cancer' : 'Lung adenocarcinoma',
    cancerType: i % 4 === 0 ? 'BREAST' : 'NSCLC',
    claimedFen,
    problems: [],
    expenseNames: { E1: 'Osimertinib 80mg' },
    case: {
      caseId: `CLM-T${n}`,
      patient: { sex: 'F', birthDate: '1960-01-01', weightKg: 55, heightCm: 160 },
      diagnosis: { icd10: 'C34.1', histology: 'adenocarcinoma', setting: 'advanced', stage: 'IVA' },
      biomarkers: [{ marker: 'EGFR', result: ['exon19del'] }],
      priorLines: [], priorAdjuvant: [],
      treatments: [{ id: 'T1', drug: 'osimertinib', dose: { value: 80, unit: 'mg' }, frequency: 'qd', cycle: 1 }],
      claim: {
        product, preExisting: false, socialInsuranceSettled: true,
        expenses: [{ id: 'E1', kind: 'drug', drug: 'osimertinib', setting: 'pharmacy', catalogue: 'B', amountFen: claimedFen, socialInsurancePaidFen: 0, otherPaidFen: 0, treatmentId: 'T1' }],
      },
    },
    documents,
  };
}

/** Writes dataset.json and files/ into `dir` and returns the dataset. Claim 1 carries a corrupt PDF. */
export async function writeFixtureDataset(dir: string, claims = 40): Promise<Dataset> {
  fs.mkdirSync(path.join(dir, 'files'), { recursive: true });
  const invoice = save(dir, await pdfBytes(['Invoice number: INV', 'Total: 1234.56']));
  const full = await pdfBytes(['Damaged document']);
  const corrupt = save(dir, full.subarray(0, Math.floor(full.length / 3)));
  const dataset: Dataset = {
    format: 'claimdesk-demo/1', generatedAt: '2025-01-01T00:00:00.000Z', seed: 7, users: FIXTURE_USERS,
    claims: Array.from({ length: claims }, (_, i) => claimOf(i, invoice, i === 1 ? corrupt : null)),
  };
  fs.writeFileSync(path.join(dir, 'dataset.json'), JSON.stringify(dataset));
  return dataset;
}
