import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PathwayReview } from '../../shared/domain/review';
import { fixtureWorkstation, type FixtureWorkstation } from '../support/fixture-workstation';
import { tempDir } from '../support/temp-dir';

// Re-checking a claim when a newer guideline edition is installed: the check records its edition, and
// the new check lists what changed since the claim was checked on the older one.

const REPO = path.resolve(__dirname, '../..');
const resources = tempDir('claimdesk-editions-');
let ws: FixtureWorkstation;

beforeAll(async () => {
  fs.cpSync(path.join(REPO, 'resources', 'guidelines'), path.join(resources.dir, 'guidelines'), { recursive: true });
  fs.cpSync(path.join(REPO, 'resources', 'products'), path.join(resources.dir, 'products'), { recursive: true });
  process.env.CLAIMDESK_RESOURCES = resources.dir;
  ws = await fixtureWorkstation(4);
});
afterAll(() => {
  ws.dispose();
  resources.remove();
  delete process.env.CLAIMDESK_RESOURCES;
});

async function check(claimId: string): Promise<PathwayReview> {
  const envelope = await ws.dispatch('pathway.check', { claimId });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as PathwayReview;
}

describe('a newer edition', () => {
  it('is used for the next check, which shows the lines whose verdict changed', async () => {
    const before = await check('CLM-T00003');
    expect(before).toMatchObject({ edition: 'CDP-2025.1', previous: null });
    expect(before.lines[0]).toMatchObject({ verdict: 'in_pathway', recommendationId: 'NSCLC-EGFR-TKI-OSI' });
    // Somebody stood behind that check (a review or a decision records it).
    const recordedFirst = await ws.dispatch('pathway.recordCheck', { claimId: 'CLM-T00003' });
    expect(recordedFirst.ok).toBe(true);

    // A hypothetical later edition that lowers osimertinib's first-line dose below the claimed 80 mg / 110%.
    const edition = JSON.parse(fs.readFileSync(path.join(resources.dir, 'guidelines', 'CDP-2025.1.json'), 'utf8')) as {
      id: string; recommendations: { id: string; dose: { value: number } }[];
    };
    edition.id = 'CDP-2026.1';
    edition.recommendations.find((r) => r.id === 'NSCLC-EGFR-TKI-OSI')!.dose.value = 40;
    fs.writeFileSync(path.join(resources.dir, 'guidelines', 'CDP-2026.1.json'), JSON.stringify(edition));

    const after = await check('CLM-T00003');
    expect(after.edition).toBe('CDP-2026.1');
    expect(after.lines[0]).toMatchObject({ verdict: 'off_pathway', reasons: expect.arrayContaining(['DOSE_ABOVE_RECOMMENDED']) });
    expect(after.previous).toMatchObject({
      edition: 'CDP-2025.1',
      changes: [{ treatmentId: 'T1', drug: 'osimertinib', before: { verdict: 'in_pathway' }, after: { verdict: 'off_pathway', recommendationId: null } }],
    });
    // Checking wrote nothing: only the check somebody recorded is kept.
    expect(ws.ctx.db.rows('SELECT edition FROM pathway_checks WHERE claim_id = ? ORDER BY edition', 'CLM-T00003')).toEqual([{ edition: 'CDP-2025.1' }]);
  });

  it('can still be compared on request against the older one', async () => {
    const older = await check('CLM-T00003');
    expect(older.edition).toBe('CDP-2026.1');
    const envelope = await ws.dispatch('pathway.check', { claimId: 'CLM-T00003', edition: 'CDP-2025.1' });
    expect(envelope.ok && (envelope.value as PathwayReview).lines[0]!.verdict).toBe('in_pathway');
  });
});
