import { describe, expect, it } from 'vitest';
import { CANCER_TYPES } from '../../../shared/domain/claim';
import { datasetClaimSchema, type DatasetClaim } from '../../../shared/domain/dataset';
import { idCheckChar } from '../../../resources/demo/id-number';
import { syntheticClaims } from '../../../resources/demo/synthetic';
import { committedDataset } from './committed';

// Synthetic claims for scale: valid claims of the dataset format, unique numbers distinct from the
// demo's, varied, reusing the demo documents, and the same sequence for the same seed.

const demo = committedDataset();
const N = 10_000;
const synthetic: DatasetClaim[] = [...syntheticClaims(N, demo.seed + 1, demo.claims)];

describe('synthetic claims', () => {
  it('yields as many claims as asked, each valid in the dataset format', () => {
    expect(synthetic).toHaveLength(N);
    for (const c of synthetic) {
      const parsed = datasetClaimSchema.safeParse(c);
      if (!parsed.success) throw new Error(`${c.claimNumber}: ${parsed.error.issues[0]?.message}`);
    }
  });

  it('numbers claims and policies uniquely, apart from the demo claims, each case named after its claim', () => {
    const numbers = new Set(synthetic.map((c) => c.claimNumber));
    expect(numbers.size).toBe(N);
    for (const c of demo.claims) expect(numbers.has(c.claimNumber)).toBe(false);
    const policies = new Set([...synthetic, ...demo.claims].map((c) => c.policy.policyNumber));
    expect(policies.size).toBe(N + demo.claims.length);
    for (const c of synthetic) expect(c.case.caseId).toBe(c.claimNumber);
  });

  it('varies claimants, statuses, priorities, assignees, dates, amounts and diagnoses', () => {
    const distinct = (f: (c: DatasetClaim) => unknown) => new Set(synthetic.map(f)).size;
    expect(distinct((c) => c.claimant.idNumber)).toBeGreaterThan(N * 0.99);
    expect(distinct((c) => c.claimant.name)).toBeGreaterThan(1000);
    expect(distinct((c) => c.status)).toBe(6);
    expect(distinct((c) => c.priority)).toBe(4);
    expect(new Set(synthetic.map((c) => c.assigneeId))).toEqual(new Set(['adjuster1', 'adjuster2', null]));
    expect(distinct((c) => c.receivedAt.slice(0, 10))).toBeGreaterThan(60);
    expect(distinct((c) => c.claimedFen)).toBeGreaterThan(N * 0.5);
    expect(new Set(synthetic.map((c) => c.cancerType))).toEqual(new Set(CANCER_TYPES));
  });

  it('routes like the demo: adjusters hold every claim, awaiting approval only above the holder\'s authority', () => {
    const authority = new Map(demo.users.map((u) => [u.id, u.authorityLimitFen]));
    for (const c of synthetic) {
      if (c.assigneeId === null) expect(c.status).toBe('new');
      if (c.status === 'awaiting_approval') expect(c.claimedFen, c.claimNumber).toBeGreaterThan(authority.get(c.assigneeId!)!);
    }
    expect(synthetic.filter((c) => c.status === 'awaiting_approval').length).toBeGreaterThan(N * 0.02);
  });

  it('gives claimants valid identity numbers matching the case patient', () => {
    for (const c of synthetic) {
      const id = c.claimant.idNumber;
      expect(id.at(-1)).toBe(idCheckChar(id.slice(0, 17)));
      expect(id.slice(6, 14)).toBe(c.claimant.birthDate.replaceAll('-', ''));
      expect(c.case.patient?.birthDate).toBe(c.claimant.birthDate);
      expect(c.case.patient?.sex).toBe(c.claimant.sex);
    }
  });

  it('reuses the documents of demo claims, and keeps expense lines within what they claim to cost', () => {
    const files = new Set(demo.claims.flatMap((c) => c.documents.map((d) => d.sha256)));
    for (const c of synthetic) {
      for (const d of c.documents) expect(files.has(d.sha256)).toBe(true);
      for (const e of c.case.claim.expenses) expect(e.socialInsurancePaidFen ?? 0).toBeLessThanOrEqual(e.amountFen);
    }
  });

  it('is a pure function of the seed', () => {
    const again = [...syntheticClaims(200, demo.seed + 1, demo.claims)];
    expect(again).toEqual(synthetic.slice(0, 200));
    const other = [...syntheticClaims(200, demo.seed + 2, demo.claims)];
    expect(other.map((c) => c.claimant.idNumber)).not.toEqual(again.map((c) => c.claimant.idNumber));
  });

  it('refuses to run without templates', () => {
    expect(() => syntheticClaims(1, 1, []).next()).toThrow(/at least one template/);
  });
});
