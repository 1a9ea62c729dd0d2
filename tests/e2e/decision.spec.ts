import { expect, test, type Page } from '@playwright/test';
import type { DatasetClaim } from '../../shared/domain/dataset';
import { REASON_LABELS } from '../../shared/workflow/reason-codes';
import { openPdf } from '../unit/demo/pdf-text';
import { openApp } from './support/app';
import { callApi } from './support/contract';
import { decisionClaims, defaultUserId, demoDataset } from './support/demo-dataset';

// Deciding claims in real Chromium against the browser host: a clean claim from the keyboard alone
// (keystrokes counted), a decision above the maker's authority approved by a supervisor (four eyes),
// a denial whose notice PDF says why, and a referral to medical review and back.

const user = (id: string) => demoDataset().users.find((u) => u.id === id)!;
const adjuster = () => user(defaultUserId());

/**
 * The decision tests' claims that the default adjuster can still decide now: the host's state, not the
 * dataset's, since earlier tests decide some.
 */
async function candidates(): Promise<DatasetClaim[]> {
  const open: DatasetClaim[] = [];
  for (const c of decisionClaims()) {
    if ((await callApi('claims.get', { claimId: c.claimNumber })).claim.status === 'in_review') open.push(c);
  }
  return open;
}

/**
 * A claim the default adjuster can decide once its fields are reviewed: nothing else blocks it and the
 * payout engine pays something, `within` (true) or above (false) the adjuster's authority.
 */
async function decidable(within: boolean): Promise<{ claimId: string; engineFen: number }> {
  for (const c of await candidates()) {
    const ctx = await callApi('decision.context', { claimId: c.claimNumber });
    const blocking = ctx.guards.filter((g) => g.code !== 'FIELDS_UNCONFIRMED');
    const fits = within ? ctx.engineFen > 0 && ctx.engineFen <= ctx.authorityLimitFen : ctx.engineFen > ctx.authorityLimitFen;
    if (ctx.may.submit && blocking.length === 0 && fits) return { claimId: c.claimNumber, engineFen: ctx.engineFen };
  }
  throw new Error(`no demo claim of ${defaultUserId()} can be decided ${within ? 'within' : 'above'} its authority`);
}

/** Confirms every field of a claim through the contract (the keyboard flow has its own test). */
async function confirmAllFields(claimId: string): Promise<void> {
  const detail = await callApi('claims.get', { claimId });
  for (const f of detail.fields.filter((x) => x.status === 'extracted')) await callApi('fields.confirm', { fieldId: f.id });
}

async function switchUser(page: Page, id: string): Promise<void> {
  await page.getByTestId('user-switcher').click();
  await page.getByRole('menuitem').filter({ hasText: user(id).name }).click();
  await expect(page.getByTestId('user-switcher')).toContainText(user(id).name);
}

test.describe('deciding claims', () => {
  test.beforeEach(async () => {
    await callApi('session.switchUser', { userId: defaultUserId() });
  });
  test.afterAll(async () => {
    await callApi('session.switchUser', { userId: defaultUserId() });
  });

  test('Shift+N in the worklist opens the first claim of my queue', async ({ page }) => {
    const views = await callApi('views.list', {});
    const mine = views.find((v) => v.id === 'builtin:mine')!;
    const first = (await callApi('claims.list', { offset: 0, limit: 1, sort: mine.state.sort, filter: mine.state.filter })).rows[0]!;
    await openApp(page, '#/worklist');
    await page.keyboard.press('Shift+N');
    await expect(page.getByTestId('claim-number')).toHaveText(first.claimNumber);
  });

  test('a clean claim is decided from the keyboard alone, in a handful of keys', async ({ page }) => {
    const { claimId, engineFen } = await decidable(true);
    await openApp(page, `#/claims/${claimId}`);
    await expect(page.getByTestId('fields-panel')).toBeVisible();
    await expect(page.getByTestId('bulk-start')).toBeEnabled();

    let keys = 0;
    const press = async (key: string): Promise<void> => {
      keys++;
      await page.keyboard.press(key);
    };
    const started = Date.now();
    // The fields read with high confidence that pass every cross-check, seen listed, confirmed with one key.
    await press('b');
    await expect(page.getByTestId('bulk-confirm')).toBeVisible();
    await press('Enter');
    await expect(page.getByTestId('bulk-confirm')).toBeHidden();
    // The rest (low confidence, biomarker results) one by one: the confirmation loop takes over by itself.
    const counter = page.getByTestId('review-counter');
    await expect(counter).toBeVisible();
    const total = Number(await counter.getAttribute('data-total'));
    for (let i = 0; i < total; i++) {
      await expect(counter).toHaveAttribute('data-resolved', String(i));
      await press('Enter');
    }
    // Nothing left: the decision is next.
    await expect(page.getByTestId('decision-form')).toBeVisible();
    await expect(page.getByTestId('decision-guards')).toHaveCount(0);
    await expect(page.getByTestId('guards-clear')).toBeVisible();
    await press('a');
    await expect(page.getByTestId('decision-payable')).toHaveAttribute('data-fen', String(engineFen));
    await press('Control+Enter');
    await expect(page.getByTestId('decision-panel')).toHaveAttribute('data-status', 'decided');
    const seconds = (Date.now() - started) / 1000;
    console.log(`decision e2e: ${claimId} decided with ${keys} keystrokes (${total} fields in the loop) in ${seconds.toFixed(1)} s`);
    expect(keys).toBeLessThanOrEqual(15);

    // The notice opens in the viewer; the claim has left my queue.
    await expect(page.locator('[data-document-id^="notice:"]')).toHaveCount(1, { timeout: 30_000 });
    const detail = await callApi('claims.get', { claimId });
    expect(detail.claim.status).toBe('decided');
    const mine = await callApi('claims.list', { offset: 0, limit: 1000, sort: [], filter: { assigneeId: defaultUserId(), status: ['new', 'in_review', 'pending_info', 'awaiting_medical_review'] } });
    expect(mine.rows.some((r) => r.id === claimId)).toBe(false);
  });

  test('above authority goes to approval; the maker cannot approve it, a supervisor does', async ({ page }) => {
    test.slow(); // two users, two queues, a decision and its approval
    const supervisor = demoDataset().users.find((u) => u.id === 'supervisor1')!;
    const { claimId, engineFen } = await decidable(false);
    await confirmAllFields(claimId);
    await openApp(page, `#/claims/${claimId}`);
    await expect(page.getByTestId('fields-panel')).toBeVisible();
    await page.keyboard.press('4');
    await expect(page.getByTestId('guards-clear')).toBeVisible();
    await page.keyboard.press('a');
    await expect(page.getByTestId('above-authority')).toBeVisible();
    await expect(page.getByTestId('decision-submit')).toBeEnabled();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('decision-panel')).toHaveAttribute('data-status', 'awaiting_approval');
    const decision = page.getByTestId('current-decision');
    await expect(decision).toHaveAttribute('data-state', 'awaiting_approval');
    await expect(decision.getByTestId('current-decision-payable')).toHaveAttribute('data-fen', String(engineFen));
    // The maker (an adjuster) is offered no approval, and the service refuses one anyway.
    await expect(page.getByTestId('approve-decision')).toHaveCount(0);
    const decisionId = (await decision.getAttribute('data-decision-id'))!;
    await expect(callApi('decision.approve', { claimId, decisionId, note: '' })).rejects.toThrow(/FORBIDDEN/);

    await switchUser(page, supervisor.id);
    const before = (await callApi('claims.queues', {})).approvals!;
    await page.getByRole('button', { name: '审批' }).click();
    await expect(page.getByRole('tab', { name: /待审批/, selected: true })).toBeVisible();
    await expect(page.getByTestId('queue-count-approvals')).toHaveAttribute('data-count', String(before));
    await page.getByTestId('global-search').fill(claimId);
    await page.keyboard.press('Enter');
    await page.locator('.ag-row .ag-cell[col-id="claimNumber"] a').filter({ hasText: claimId }).click();
    await expect(page.getByTestId('claim-number')).toHaveText(claimId);
    await page.keyboard.press('4');
    await page.getByTestId('approve-decision').click();
    await page.getByTestId('note-approve-note').fill('e2e：复核无误，同意赔付');
    await page.getByTestId('note-approve-ok').click();
    await expect(page.getByTestId('decision-panel')).toHaveAttribute('data-status', 'decided');
    await expect(page.getByTestId('current-decision')).toContainText(supervisor.name);
    expect((await callApi('claims.queues', {})).approvals).toBe(before - 1);
    await openApp(page, '#/worklist');
    await page.getByRole('tab', { name: /待审批/ }).click();
    await expect(page.getByTestId('queue-count-approvals')).toHaveAttribute('data-count', String(before - 1));
  });

  test('a denial with two reasons gives a notice that says so, with the claim number and totals', async ({ page }) => {
    const claim = (await candidates())[0]!;
    const reasons = ['PRE_EXISTING', 'WAITING_PERIOD'] as const;
    await openApp(page, `#/claims/${claim.claimNumber}`);
    await page.keyboard.press('4');
    await expect(page.getByTestId('decision-form')).toBeVisible();
    await page.keyboard.press('d');
    await expect(page.locator('[data-testid="decision-outcome"] .ant-radio-button-wrapper-checked [data-outcome="deny"]')).toBeVisible();
    const select = page.getByTestId('decision-reasons');
    for (const code of reasons) {
      await select.click();
      await page.keyboard.type(REASON_LABELS[code]['zh-CN']);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('decision-reasons')).toContainText(REASON_LABELS.WAITING_PERIOD['zh-CN']);
    await page.getByTestId('decision-note').fill('e2e：既往症，且在等待期内出险');
    await expect(page.getByTestId('decision-submit')).toBeEnabled();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('decision-panel')).toHaveAttribute('data-status', 'decided');
    await expect(page.locator('[data-document-id^="notice:"]')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator('[data-testid="pdf-pages"] .cd-page canvas').first()).toBeVisible({ timeout: 30_000 });

    const context = await callApi('decision.context', { claimId: claim.claimNumber });
    const decision = context.current!;
    expect(decision).toMatchObject({ outcome: 'deny', payableFen: 0, reasons: [...reasons] });
    const notice = await callApi('notice.create', { decisionId: decision.id, language: 'zh-CN' });
    const pdf = await openPdf(notice.bytes);
    let text = '';
    for (let p = 1; p <= pdf.numPages; p++) text += (await pdf.pageRuns(p)).map((r) => r.str).join('');
    await pdf.destroy();
    expect(text).toContain(claim.claimNumber);
    for (const code of reasons) expect(text).toContain(REASON_LABELS[code]['zh-CN']);
    const payout = await callApi('payout.calculate', { claimId: claim.claimNumber });
    const claimed = (await callApi('claims.get', { claimId: claim.claimNumber })).expenses.reduce((sum, e) => sum + e.amountFen, 0);
    const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    expect(text).toContain(yuan(claimed));
    expect(text).toContain(yuan(payout.result.payableFen));
    expect(text).toContain(decision.id);
  });

  test('referred to medical review, the reviewer overrides and hands it back, the adjuster decides', async ({ page }) => {
    test.slow(); // three hand-offs between two users
    const reviewer = demoDataset().users.find((u) => u.roles.includes('medical_reviewer'))!;
    let picked: { claimId: string; lineId: string } | null = null;
    for (const c of await candidates()) {
      const review = await callApi('pathway.check', { claimId: c.claimNumber });
      const line = review.lines.find((l) => l.candidates.length > 0);
      if (line) {
        picked = { claimId: c.claimNumber, lineId: line.id };
        break;
      }
    }
    expect(picked, 'a workable claim with a drug line the pathway governs').not.toBeNull();
    const { claimId, lineId } = picked!;

    await openApp(page, `#/claims/${claimId}`);
    await expect(page.getByTestId('claim-number')).toHaveText(claimId);
    await page.keyboard.press('4');
    await page.getByTestId('refer-claim').click();
    await page.getByTestId('note-refer-note').fill('e2e：请核实该用药是否符合临床路径');
    await page.getByTestId('note-refer-ok').click();
    await expect(page.getByTestId('decision-panel')).toHaveAttribute('data-status', 'awaiting_medical_review');

    await switchUser(page, reviewer.id);
    await expect(page.getByTestId('complete-review')).toBeVisible();
    await page.keyboard.press('2');
    await expect(page.getByTestId(`pathway-override-${lineId}`)).toBeEnabled();
    await page.getByTestId(`pathway-override-${lineId}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').click();
    await page.locator('.ant-select-item-option').filter({ has: page.locator('[data-verdict="in_pathway"]') }).click();
    await dialog.getByTestId('override-justification').fill('e2e：会诊意见支持该用药');
    await dialog.getByTestId('override-save').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId(`pathway-override-verdict-${lineId}`)).toHaveAttribute('data-verdict', 'in_pathway');
    await page.keyboard.press('4');
    await page.getByTestId('complete-review').click();
    await page.getByTestId('note-completeReview-note').fill('e2e：用药符合临床路径，已人工认定');
    await page.getByTestId('note-completeReview-ok').click();
    await expect(page.getByTestId('decision-panel')).toHaveAttribute('data-status', 'in_review');

    await switchUser(page, adjuster().id);
    await confirmAllFields(claimId);
    await page.reload();
    await expect(page.getByTestId('claim-number')).toHaveText(claimId);
    await page.keyboard.press('4');
    await expect(page.getByTestId('decision-panel')).toHaveAttribute('data-status', 'in_review');
    const context = await callApi('decision.context', { claimId });
    await expect(page.getByTestId('decision-form')).toBeVisible();
    await page.keyboard.press(context.guards.length === 0 && context.engineFen > 0 ? 'a' : 'd');
    if (context.guards.length > 0 || context.engineFen === 0) {
      await page.getByTestId('decision-reasons').click();
      await page.keyboard.type(REASON_LABELS.NOT_COVERED_ITEM['zh-CN']);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
    }
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('decision-panel')).toHaveAttribute('data-status', /decided|awaiting_approval/);
    const audit = await callApi('audit.list', { claimId, limit: 200 });
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['refer', 'override', 'review_complete', 'submit']));
  });
});
