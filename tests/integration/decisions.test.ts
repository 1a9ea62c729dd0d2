import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/claim-case/canonical-json';
import { datasetSchema } from '../../shared/domain/dataset';
import type { Decision, DecisionContext } from '../../shared/domain/decision';
import type { Job } from '../../shared/domain/job';
import type { PayoutReview } from '../../shared/domain/review';
import type { ClaimDetail } from '../../shared/domain/workspace';
import { resourcesDir } from '../../src-main/paths';
import { fixtureWorkstation, type FixtureWorkstation } from '../support/fixture-workstation';
import { openPdf, withoutSpace } from '../unit/demo/pdf-text';

// Deciding claims through the contract, on a real cache (docs/workflow.md, "Decisions" and "Decisions
// on the workstation"): guards, the payable ceiling, the outcome rules, authority at the fen, four eyes,
// return, refer and review, pend and the document that brings a claim back, inputsHash, editions,
// year-to-date from decided claims only, and the notice.
//
// The fixture's claims (tests/support/fixture-dataset.ts) each have one osimertinib line bought at a
// pharmacy, so a claim needs a prescription before it can be paid; their amounts are all below the
// adjusters' authority. A claim is made ready to pay as an adjuster would: import a prescription and
// an expense list (demo files), correct the list's rows to the amount wanted (a reviewed expense list
// restates the drug line), confirm every field and acknowledge the warnings that remain.

let ws: FixtureWorkstation;
beforeAll(async () => { ws = await fixtureWorkstation(); });
afterAll(() => ws.dispose());

async function call<T = Record<string, unknown>>(name: string, payload: unknown): Promise<T> {
  const envelope = await ws.dispatch(name, payload);
  if (!envelope.ok) throw Object.assign(new Error(`${name}: ${envelope.error.code}: ${envelope.error.message}`), { code: envelope.error.code });
  return envelope.value as T;
}

/** The error of a call that must fail. */
async function refused(name: string, payload: unknown): Promise<{ code: string; message: string }> {
  const envelope = await ws.dispatch(name, payload);
  if (envelope.ok) throw new Error(`${name} succeeded but should have been refused`);
  return envelope.error;
}

const as = (userId: string) => call('session.switchUser', { userId });
const status = (claimId: string) => ws.ctx.db.row<{ status: string }>('SELECT status FROM claims WHERE id = ?', claimId)!.status;
const context = (claimId: string) => call<DecisionContext>('decision.context', { claimId });
const submit = (claimId: string, outcome: string, payableFen: number, more: { reasons?: string[]; requestedDocuments?: string[]; note?: string } = {}) =>
  call<{ decision: Decision; status: string }>('decision.submit', { claimId, outcome, payableFen, reasons: more.reasons ?? [], note: more.note ?? '', ...(more.requestedDocuments ? { requestedDocuments: more.requestedDocuments } : {}) });
const trySubmit = (claimId: string, outcome: string, payableFen: number, more: { reasons?: string[]; requestedDocuments?: string[] } = {}) =>
  refused('decision.submit', { claimId, outcome, payableFen, reasons: more.reasons ?? [], note: '', ...(more.requestedDocuments ? { requestedDocuments: more.requestedDocuments } : {}) });
const count = (sql: string, ...params: unknown[]) => ws.ctx.db.row<{ n: number }>(`SELECT COUNT(*) AS n FROM ${sql}`, ...params)!.n;

// ---- documents -----------------------------------------------------------------------------------

const demo = datasetSchema.parse(JSON.parse(fs.readFileSync(path.join(resourcesDir(), 'demo', 'dataset.json'), 'utf8')));
function demoFile(claimNumber: string, type: string): { fileName: string; bytes: Uint8Array } {
  const doc = demo.claims.find((c) => c.claimNumber === claimNumber)!.documents.find((d) => d.documentType === type && !d.defect)!;
  return { fileName: doc.fileName, bytes: new Uint8Array(fs.readFileSync(path.join(resourcesDir(), 'demo', 'files', `${doc.sha256}.pdf`))) };
}
// One demo claim's prescription (trastuzumab: it restates no treatment of the fixture) and expense list, same patient.
const PRESCRIPTION = demoFile('PA202511000011', 'prescription');
const EXPENSE_LIST = demoFile('PA202511000011', 'expense_list');

async function importDocument(claimId: string, file: { fileName: string; bytes: Uint8Array }): Promise<string> {
  let job = await call<Job>('documents.import', { claimId, fileName: file.fileName, bytes: file.bytes });
  for (let i = 0; job.state === 'running' && i < 1200; i++) {
    await new Promise((r) => setTimeout(r, 25));
    job = await call<Job>('jobs.get', { jobId: job.id });
  }
  expect(job).toMatchObject({ state: 'done', error: null });
  return job.documentId!;
}

/** A prescription and an expense list; with `amountFen`, the list is corrected to one osimertinib row of that amount. */
async function paperwork(claimId: string, amountFen?: number): Promise<void> {
  await importDocument(claimId, PRESCRIPTION);
  const listId = await importDocument(claimId, EXPENSE_LIST);
  if (amountFen === undefined) return;
  const detail = await call<ClaimDetail>('claims.get', { claimId });
  const listFields = detail.fields.filter((f) => f.documentId === listId);
  expect(listFields.filter((f) => f.key === 'items')).toHaveLength(1);
  for (const f of listFields) {
    if (f.key === 'items') await call('fields.update', { fieldId: f.id, value: [{ name: '甲磺酸奥希替尼片', drug: 'osimertinib', amountFen }], reason: '清单金额复核' });
    if (f.key === 'totalFen') await call('fields.update', { fieldId: f.id, value: amountFen, reason: '清单合计复核' });
  }
}

async function confirmAll(claimId: string): Promise<void> {
  const detail = await call<ClaimDetail>('claims.get', { claimId });
  for (const f of detail.fields.filter((x) => x.status === 'extracted')) await call('fields.confirm', { fieldId: f.id });
}

async function acknowledgeAll(claimId: string): Promise<void> {
  for (const g of (await context(claimId)).guards.filter((x) => x.code === 'WARNING_UNACKNOWLEDGED')) {
    await call('warnings.acknowledge', { claimId, warningKey: g.warningKey, note: '已核对原件' });
  }
}

/** Makes the claim payable at `amountFen` (as the current user, its assignee); returns the engine's figure. */
async function readyToPay(claimId: string, amountFen: number): Promise<number> {
  await paperwork(claimId, amountFen);
  await confirmAll(claimId);
  await acknowledgeAll(claimId);
  const ctx = await context(claimId);
  expect(ctx.guards).toEqual([]);
  return ctx.engineFen;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

// ---- the claims ----------------------------------------------------------------------------------
// CLM-T00001, -15, -29 in_review held by u-adj (MM-2025); -08, -22 in_review held by u-adj2 (HMB, engine 0);
// -35 new held by u-adj; -05 decided and -06 withdrawn share policy POL-00005.

describe('approve: guards, ceiling, inputsHash, editions', () => {
  const C = 'CLM-T00001';
  let decisionId = '';

  it('refuses approval with GUARD_FAILED until the fields are confirmed and the warning acknowledged, writing nothing', async () => {
    await as('u-adj');
    await paperwork(C);
    const before = await context(C);
    expect(before.engineFen).toBe(107_919);
    expect(new Set(before.guards.map((g) => g.code))).toEqual(new Set(['FIELDS_UNCONFIRMED', 'WARNING_UNACKNOWLEDGED']));
    const writes = () => [count('decisions WHERE claim_id = ?', C), count(`outbox WHERE claim_id = ? AND kind = 'decision.submit'`, C), status(C)];
    const untouched = writes();

    const unconfirmed = await trySubmit(C, 'approve', before.engineFen);
    expect(unconfirmed.code).toBe('GUARD_FAILED');
    expect(unconfirmed.message).toMatch(/FIELDS_UNCONFIRMED/);
    expect(unconfirmed.message).toMatch(/WARNING_UNACKNOWLEDGED/);
    // A partial payment is held to the same guards; a denial is not (tested below on other claims).
    expect((await trySubmit(C, 'partial', 100, { reasons: ['NOT_COVERED_ITEM'] })).code).toBe('GUARD_FAILED');

    await confirmAll(C);
    const [warning, ...others] = (await context(C)).guards;
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ code: 'WARNING_UNACKNOWLEDGED', warningCode: 'EXPENSE_LIST_VS_INVOICE' });
    const unacknowledged = await trySubmit(C, 'approve', before.engineFen);
    expect(unacknowledged.code).toBe('GUARD_FAILED');
    expect(unacknowledged.message).toMatch(/WARNING_UNACKNOWLEDGED/);
    expect(unacknowledged.message).not.toMatch(/FIELDS_UNCONFIRMED/);

    // Only the warning's own key acknowledges it.
    expect((await refused('warnings.acknowledge', { claimId: C, warningKey: `${warning!.warningKey}x`, note: '已核对' })).code).toBe('NOT_FOUND');
    expect((await context(C)).guards).toHaveLength(1);
    await call('warnings.acknowledge', { claimId: C, warningKey: warning!.warningKey, note: '清单为住院期间另开，已核对' });
    expect((await context(C)).guards).toEqual([]);
    expect(writes()).toEqual(untouched);
  });

  it('refuses a payable amount above the engine\'s figure, and an approval of less than it, with BAD_REQUEST', async () => {
    const { engineFen } = await context(C);
    expect(await trySubmit(C, 'approve', engineFen + 1)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await trySubmit(C, 'partial', engineFen + 1, { reasons: ['NOT_COVERED_ITEM'] })).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await trySubmit(C, 'approve', engineFen - 1)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await trySubmit(C, 'partial', engineFen - 1)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(status(C)).toBe('in_review');
  });

  it('decides an approval within authority, recording the inputsHash of the case export and the editions', async () => {
    const ctx = await context(C);
    const exported = await call('case.export', { claimId: C });
    const inputsHash = sha256(canonicalJson(exported));
    const { decision, status: after } = await submit(C, 'approve', ctx.engineFen);
    decisionId = decision.id;
    expect(after).toBe('decided');
    expect(status(C)).toBe('decided');
    expect(decision).toMatchObject({
      claimId: C, outcome: 'approve', payableFen: 107_919, engineFen: 107_919, reasons: ['APPROVED'], state: 'decided', makerId: 'u-adj',
      inputsHash, editions: { pathway: 'CDP-2025.1', payout: 'PAY-2025.1' }, approvedBy: null,
    });
    expect(decision.editions).toEqual(ctx.editions);
    expect(ws.ctx.db.row('SELECT edition_pathway, edition_payout, inputs_hash FROM decisions WHERE id = ?', decisionId))
      .toEqual({ edition_pathway: 'CDP-2025.1', edition_payout: 'PAY-2025.1', inputs_hash: inputsHash });
    // Anyone holding the export can recompute it afterwards, too.
    expect(sha256(canonicalJson(await call('case.export', { claimId: C })))).toBe(decision.inputsHash);
    expect((await context(C)).current).toMatchObject({ id: decisionId, state: 'decided' });
  });

  it('takes no new decision on a decided claim: INVALID_STATE', async () => {
    expect(await trySubmit(C, 'approve', 107_919)).toMatchObject({ code: 'INVALID_STATE' });
    expect(await trySubmit(C, 'deny', 0, { reasons: ['DUPLICATE_CLAIM'] })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await trySubmit(C, 'pend', 0, { requestedDocuments: ['prescription'] })).toMatchObject({ code: 'INVALID_STATE' });
    expect(count('decisions WHERE claim_id = ?', C)).toBe(1);
  });

  it('issues a notice with the claim number and the decision id, the same bytes every time', async () => {
    const first = await call<{ fileName: string; sha256: string; bytes: Uint8Array }>('notice.create', { decisionId, language: 'zh-CN' });
    expect(Buffer.from(first.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = await openPdf(first.bytes);
    let text = '';
    try {
      for (let p = 1; p <= pdf.numPages; p++) text += (await pdf.pageRuns(p)).map((r) => r.str).join('');
    } finally {
      await pdf.destroy();
    }
    expect(withoutSpace(text)).toContain(C);
    expect(withoutSpace(text)).toContain(decisionId);
    // The audit log moves on (the notice prints its head): the notice asked again is still the one made first.
    const head = ws.ctx.db.row<{ hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1')!.hash;
    await call('pathway.recordCheck', { claimId: C });
    expect(ws.ctx.db.row<{ hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1')!.hash).not.toBe(head);
    const second = await call<{ sha256: string; bytes: Uint8Array }>('notice.create', { decisionId, language: 'zh-CN' });
    expect(second.sha256).toBe(first.sha256);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(count('notices WHERE decision_id = ?', decisionId)).toBe(1);
  });
});

describe('the outcome\'s own rules, pend and the document that brings the claim back', () => {
  const C = 'CLM-T00022'; // in_review, u-adj2, engine 0

  it('refuses a denial without a reason, a pend without requested documents, and any amount above the engine', async () => {
    await as('u-adj2');
    expect((await context(C)).engineFen).toBe(0);
    expect(await trySubmit(C, 'deny', 0)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await trySubmit(C, 'deny', 1, { reasons: ['NOT_COVERED_ITEM'] })).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await trySubmit(C, 'pend', 0)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await trySubmit(C, 'pend', 0, { requestedDocuments: [] })).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await trySubmit(C, 'partial', 0)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(status(C)).toBe('in_review');
    expect(count('decisions WHERE claim_id = ?', C)).toBe(0);
    expect(count('outbox WHERE claim_id = ?', C)).toBe(0);
  });

  it('pends to pending_info asking for documents, with MISSING_DOCUMENT among the reasons', async () => {
    const { decision, status: after } = await submit(C, 'pend', 0, { requestedDocuments: ['prescription'], reasons: ['NEEDS_INVESTIGATION'] });
    expect(after).toBe('pending_info');
    expect(status(C)).toBe('pending_info');
    expect(decision).toMatchObject({ outcome: 'pend', payableFen: 0, state: 'pending_info', requestedDocuments: ['prescription'] });
    expect(decision.reasons).toEqual(['MISSING_DOCUMENT', 'NEEDS_INVESTIGATION']);
    expect(await trySubmit(C, 'deny', 0, { reasons: ['NOT_COVERED_ITEM'] })).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('comes back to in_review when the assignee attaches a document, and may be decided again', async () => {
    await importDocument(C, PRESCRIPTION);
    expect(status(C)).toBe('in_review');
    expect((await context(C)).may.submit).toBe(true);
    const { status: after } = await submit(C, 'deny', 0, { reasons: ['NOT_COVERED_ITEM'] });
    expect(after).toBe('decided');
  });
});

describe('medical review', () => {
  const C = 'CLM-T00008'; // in_review, u-adj2

  it('refers to awaiting_medical_review, where the adjuster cannot decide, and the reviewer hands it back', async () => {
    await as('u-adj2');
    expect(await call('claim.refer', { claimId: C, note: '请审核用药是否符合路径' })).toEqual({ status: 'awaiting_medical_review' });
    expect(status(C)).toBe('awaiting_medical_review');
    expect(await trySubmit(C, 'deny', 0, { reasons: ['NOT_COVERED_ITEM'] })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await refused('review.complete', { claimId: C, note: '自行完成' })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await context(C)).may).toMatchObject({ submit: false, completeReview: false });
    await as('u-med');
    expect((await context(C)).may).toMatchObject({ submit: false, completeReview: true });
    expect(await call('review.complete', { claimId: C, note: '符合临床路径' })).toEqual({ status: 'in_review' });
    await as('u-adj2');
    expect((await submit(C, 'deny', 0, { reasons: ['NOT_COVERED_ITEM'] })).status).toBe('decided');
  });
});

describe('authority and four eyes', () => {
  it('sends 1 fen above the maker\'s authority to approval; a supervisor returns it; exactly the limit decides', async () => {
    const C = 'CLM-T00015';
    await as('u-sup');
    await call('claim.assign', { claimIds: [C], assigneeId: 'u-adj2', note: '转交' });
    await as('u-adj2');
    expect(await readyToPay(C, 3_000_000)).toBe(3_000_000);

    const above = await submit(C, 'partial', 2_000_001, { reasons: ['NOT_COVERED_ITEM'] });
    expect(above.status).toBe('awaiting_approval');
    expect(above.decision).toMatchObject({ state: 'awaiting_approval', makerId: 'u-adj2', payableFen: 2_000_001, engineFen: 3_000_000 });
    // Not the maker's to approve, nor any adjuster's; and a decision awaiting approval is never replaced.
    expect(await refused('decision.approve', { claimId: C, decisionId: above.decision.id, note: '' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await trySubmit(C, 'partial', 2_000_000, { reasons: ['NOT_COVERED_ITEM'] })).toMatchObject({ code: 'INVALID_STATE' });

    await as('u-sup');
    expect(await refused('decision.return', { claimId: C, decisionId: above.decision.id, note: '' })).toMatchObject({ code: 'BAD_REQUEST' });
    const returned = await call<{ decision: Decision; status: string }>('decision.return', { claimId: C, decisionId: above.decision.id, note: '超权限，请按限额内部分赔付' });
    expect(returned.status).toBe('in_review');
    expect(returned.decision).toMatchObject({ state: 'returned', returnedBy: 'u-sup', returnNote: '超权限，请按限额内部分赔付' });
    expect(status(C)).toBe('in_review');

    await as('u-adj2');
    const ctx = await context(C);
    expect(ctx.current).toBeNull();
    expect(ctx.history.map((d) => [d.id, d.state])).toEqual([[above.decision.id, 'returned']]);
    const atLimit = await submit(C, 'partial', 2_000_000, { reasons: ['NOT_COVERED_ITEM'] });
    expect(atLimit.status).toBe('decided');
    expect(atLimit.decision).toMatchObject({ state: 'decided', payableFen: 2_000_000, approvedBy: null });
    expect(atLimit.decision.id).not.toBe(above.decision.id);
  });

  it('never lets the maker approve or return their own decision, even as a supervisor', async () => {
    const C = 'CLM-T00035'; // new, u-adj
    await as('u-sup');
    await call('claim.assign', { claimIds: [C], assigneeId: 'u-sup', note: '主管亲办' });
    expect(status(C)).toBe('new');
    await importDocument(C, PRESCRIPTION);
    expect(status(C)).toBe('in_review'); // the assignee's first mutation takes a new claim into review
    expect(await readyToPay(C, 150_000_000)).toBe(150_000_000);
    const { decision, status: after } = await submit(C, 'approve', 150_000_000);
    expect(after).toBe('awaiting_approval'); // above u-sup's own 100,000,000
    expect(decision.makerId).toBe('u-sup');
    expect((await context(C)).may).toMatchObject({ approve: false, return: false });
    expect(await refused('decision.approve', { claimId: C, decisionId: decision.id, note: '' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('decision.return', { claimId: C, decisionId: decision.id, note: '自己退回' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(status(C)).toBe('awaiting_approval');
    expect(ws.ctx.db.row('SELECT state, approved_by FROM decisions WHERE id = ?', decision.id)).toEqual({ state: 'awaiting_approval', approved_by: null });
  });
});

describe('year to date', () => {
  it('counts another claim\'s decision of the policy once it is decided, not while it awaits approval', async () => {
    const C = 'CLM-T00029';
    const OTHER = 'CLM-T00006'; // withdrawn, on POL-00005 with CLM-T00005 (decided): it still calculates
    // The fixture has no second workable claim on a policy, so CLM-T00029 is put on POL-00005 as the
    // centre would deliver it (a test-only write to the cache file, outside the app).
    const file = new Database(path.join(ws.dataDir, 'claimdesk.sqlite'));
    try {
      file.prepare(`UPDATE claims SET policy_id = (SELECT policy_id FROM claims WHERE id = 'CLM-T00005') WHERE id = ?`).run(C);
    } finally {
      file.close();
    }
    const usageOf = (claimId: string) => JSON.parse(ws.ctx.db.row<{ usage: string }>('SELECT d.usage FROM decisions d JOIN claims c ON c.decision_id = d.id WHERE c.id = ?', claimId)!.usage) as { paidFen: Record<string, number> };
    const fivePaid = usageOf('CLM-T00005').paidFen.MM_SPECIAL_DRUG!;
    expect(fivePaid).toBeGreaterThan(0);
    const seen = async () => {
      const p = await call<PayoutReview>('payout.calculate', { claimId: OTHER });
      return { from: p.yearToDateFrom, paidBefore: p.result.benefits.find((b) => b.benefit === 'MM_SPECIAL_DRUG')!.paidBeforeFen };
    };
    expect(await seen()).toEqual({ from: ['CLM-T00005'], paidBefore: fivePaid });

    await as('u-sup');
    await call('claim.assign', { claimIds: [C], assigneeId: 'u-adj2', note: '转交' });
    await as('u-adj2');
    expect(await readyToPay(C, 2_500_000)).toBe(2_500_000);
    expect((await call<PayoutReview>('payout.calculate', { claimId: C })).yearToDateFrom).toEqual(['CLM-T00005']);
    const { decision, status: after } = await submit(C, 'approve', 2_500_000);
    expect(after).toBe('awaiting_approval');
    expect(usageOf(C).paidFen.MM_SPECIAL_DRUG).toBe(2_500_000);
    expect(await seen()).toEqual({ from: ['CLM-T00005'], paidBefore: fivePaid });

    // The one supervisor approves the adjuster's decision: decided, and now it counts.
    await as('u-sup');
    const approved = await call<{ decision: Decision; status: string }>('decision.approve', { claimId: C, decisionId: decision.id, note: '同意' });
    expect(approved.status).toBe('decided');
    expect(approved.decision).toMatchObject({ state: 'decided', approvedBy: 'u-sup', approvalNote: '同意', makerId: 'u-adj2' });
    expect(status(C)).toBe('decided');
    expect(await seen()).toEqual({ from: ['CLM-T00005', C], paidBefore: fivePaid + 2_500_000 });
  });
});
