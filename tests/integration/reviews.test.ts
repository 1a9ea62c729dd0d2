import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PayoutCase } from '../../shared/domain/case';
import type { PathwayReview, PayoutReview } from '../../shared/domain/review';
import type { Field } from '../../shared/domain/workspace';
import { toCaseResult } from '../../shared/payout/case-result';
import { fixtureWorkstation, type FixtureWorkstation } from '../support/fixture-workstation';

// The pathway and payout review through the contract, on a real cache: facts from reviewed fields,
// overrides by medical reviewers only, inclusion of lines, policy-year accumulators and case export.

let ws: FixtureWorkstation;
beforeAll(async () => { ws = await fixtureWorkstation(12); });
afterAll(() => ws.dispose());

async function call<T>(name: string, payload: unknown): Promise<T> {
  const envelope = await ws.dispatch(name, payload);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value as T;
}

const CLAIM = 'CLM-T00003'; // MM-2025, osimertinib 80 mg qd for EGFR exon19del NSCLC; awaiting medical review, held by u-adj
const lineOf = (review: PathwayReview) => review.lines[0]!;

describe('pathway review', () => {
  it('checks the claim on the newest edition without writing; recording the check is its own step', async () => {
    const review = await call<PathwayReview>('pathway.check', { claimId: CLAIM });
    expect(review.edition).toBe('CDP-2025.1');
    expect(lineOf(review)).toMatchObject({ id: 'T1', drug: 'osimertinib', verdict: 'in_pathway', recommendationId: 'NSCLC-EGFR-TKI-OSI', level: 'I' });
    expect(lineOf(review).candidates.length).toBeGreaterThan(0);
    expect(ws.ctx.db.rows('SELECT edition FROM pathway_checks WHERE claim_id = ?', CLAIM)).toEqual([]);
    expect(await call('pathway.recordCheck', { claimId: CLAIM })).toMatchObject({ edition: 'CDP-2025.1' });
    expect(ws.ctx.db.rows('SELECT edition FROM pathway_checks WHERE claim_id = ?', CLAIM)).toEqual([{ edition: 'CDP-2025.1' }]);
  });

  it('takes a corrected biomarker field as the fact, linked to that field, and the verdicts follow', async () => {
    const detail = await call<{ fields: Field[] }>('claims.get', { claimId: CLAIM });
    const egfr = detail.fields.find((f) => f.key === 'egfr')!;
    await call('fields.update', { fieldId: egfr.id, value: ['negative'], reason: '报告原文为未检测到突变' });
    const review = await call<PathwayReview>('pathway.check', { claimId: CLAIM });
    expect(lineOf(review).verdict).toBe('off_pathway');
    expect(lineOf(review).reasons).toContain('BIOMARKER_MISMATCH');
    expect(review.sources['biomarkers[0].result']).toEqual({ fieldId: egfr.id, documentId: egfr.documentId, key: 'egfr' });
    const payout = await call<PayoutReview>('payout.calculate', { claimId: CLAIM });
    expect(payout.result.lines[0]).toMatchObject({ status: 'not_covered', reasons: ['OFF_PATHWAY'], payableFen: 0 });
  });

  it('lets only a medical reviewer override, keeps the engine verdict visible, audits and queues it', async () => {
    await expect(call('pathway.override', { claimId: CLAIM, treatmentId: 'T1', verdict: 'in_pathway', justification: '外院基因报告阳性' }))
      .rejects.toMatchObject({ code: 'FORBIDDEN' });
    await call('session.switchUser', { userId: 'u-med' });
    const { override } = await call<{ override: { verdict: string; engineVerdict: string } }>('pathway.override',
      { claimId: CLAIM, treatmentId: 'T1', verdict: 'in_pathway', justification: '外院基因报告 EGFR 19del 阳性，已复核' });
    expect(override).toMatchObject({ verdict: 'in_pathway', engineVerdict: 'off_pathway' });
    const review = await call<PathwayReview>('pathway.check', { claimId: CLAIM });
    expect(lineOf(review).verdict).toBe('off_pathway');
    expect(review.overrides).toMatchObject([{ treatmentId: 'T1', verdict: 'in_pathway', userId: 'u-med' }]);
    const payout = await call<PayoutReview>('payout.calculate', { claimId: CLAIM });
    expect(payout.result.lines[0]).toMatchObject({ status: 'paid', benefit: 'MM_SPECIAL_DRUG' });
    const audit = ws.ctx.db.rows(`SELECT action, reason FROM audit_log WHERE claim_id = ? AND entity = 'pathway_line'`, CLAIM);
    expect(audit).toEqual([{ action: 'override', reason: '外院基因报告 EGFR 19del 阳性，已复核' }]);
    expect(ws.ctx.db.row(`SELECT COUNT(*) AS n FROM outbox WHERE kind = 'pathway.override'`)).toEqual({ n: 1 });
  });

  it('refuses an override without a real justification', async () => {
    await expect(call('pathway.override', { claimId: CLAIM, treatmentId: 'T1', verdict: 'in_pathway', justification: ' ok ' }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('payout review', () => {
  it('recomputes without a line taken out of the claim, and audits why', async () => {
    await call('session.switchUser', { userId: 'u-adj' });
    await call('expenses.setIncluded', { claimId: 'CLM-T00001', expenseId: 'E1', included: false, reason: '重复报销' });
    const payout = await call<PayoutReview>('payout.calculate', { claimId: 'CLM-T00001' });
    expect(payout.result.lines).toEqual([]);
    expect(payout.result.payableFen).toBe(0);
    const audit = ws.ctx.db.rows(`SELECT action, reason FROM audit_log WHERE entity = 'expense_line'`);
    expect(audit).toEqual([{ action: 'exclude', reason: '重复报销' }]);
  });

  it('takes the policy year accumulators from the stored decision of the other decided claim of the policy', async () => {
    const first = await call<PayoutReview>('payout.calculate', { claimId: 'CLM-T00005' });
    const second = await call<PayoutReview>('payout.calculate', { claimId: 'CLM-T00006' });
    expect(second.yearToDateFrom).toEqual(['CLM-T00005']);
    const special = second.result.benefits.find((b) => b.benefit === 'MM_SPECIAL_DRUG')!;
    const decided = ws.ctx.db.row<{ payable_fen: number; usage: string }>(`SELECT payable_fen, usage FROM decisions WHERE claim_id = 'CLM-T00005'`)!;
    expect(special.paidBeforeFen).toBe(decided.payable_fen);
    expect(JSON.parse(decided.usage)).toEqual(first.result.yearToDateAfter);
    expect(first.result.payableFen).toBeGreaterThan(0);
  });

  it('exports a case that the payout CLI calculates to the same figures as the app', async () => {
    const exported = await call<PayoutCase>('case.export', { claimId: CLAIM });
    const file = path.join(ws.dataDir, 'export.json');
    fs.writeFileSync(file, JSON.stringify(exported));
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli/index.ts', 'payout', file], { encoding: 'utf8', cwd: path.resolve(__dirname, '../..') });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const app = await call<PayoutReview>('payout.calculate', { claimId: CLAIM });
    expect(JSON.parse(cli.stdout)).toEqual(toCaseResult(app.result));
    expect(exported.claim.expenses[0]!.pathwayVerdict).toBe('in_pathway');
  });
});
