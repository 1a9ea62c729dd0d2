import { expect, test, type Page } from '@playwright/test';
import type { Verdict } from '../../shared/domain/vocabulary';
import { openApp } from './support/app';
import { callApi } from './support/contract';
import { demoDataset } from './support/demo-dataset';

// The 路径 tab: the engine's verdict per drug line as the service computes it, and a medical
// reviewer's override that persists, shows beside the engine's verdict and is audited.

/** A demo claim awaiting medical review with a drug line the pathway governs. */
async function claimWithGovernedLine(): Promise<{ claimId: string; lineId: string; verdict: Verdict }> {
  for (const c of demoDataset().claims.filter((x) => x.status === 'awaiting_medical_review')) {
    const review = await callApi('pathway.check', { claimId: c.claimNumber });
    const line = review.lines.find((l) => l.candidates.length > 0);
    if (line) return { claimId: c.claimNumber, lineId: line.id, verdict: line.verdict };
  }
  throw new Error('the demo dataset has no claim awaiting medical review with a governed drug line');
}

async function openPathwayTab(page: Page, claimId: string): Promise<void> {
  await openApp(page, `#/claims/${claimId}`);
  await page.getByRole('tab', { name: '路径' }).click();
  await expect(page.getByTestId('pathway-panel')).toBeVisible();
}

test.describe('pathway panel', () => {
  let originalUser: string;
  test.beforeAll(async () => {
    originalUser = (await callApi('app.info', {})).currentUser.id;
  });
  test.afterAll(async () => {
    await callApi('session.switchUser', { userId: originalUser });
  });

  test('shows the verdict of every drug line as the service checks it', async ({ page }) => {
    const { claimId } = await claimWithGovernedLine();
    const review = await callApi('pathway.check', { claimId });
    await openPathwayTab(page, claimId);
    for (const line of review.lines) {
      await expect(page.getByTestId(`pathway-verdict-${line.id}`)).toHaveAttribute('data-verdict', line.verdict);
      if (line.recommendationId) await expect(page.getByTestId(`pathway-rec-${line.id}`)).toHaveText(line.recommendationId);
    }
    // Expanding a governed line lists its candidates with every criterion.
    const governed = review.lines.find((l) => l.candidates.length > 0)!;
    await page.getByTestId(`pathway-line-${governed.id}`).locator('.ant-table-row-expand-icon').click();
    const explanation = page.getByTestId(`pathway-explanation-${governed.id}`);
    for (const c of governed.candidates) {
      await expect(explanation.getByTestId(`candidate-${c.recommendationId}`).locator('.cd-criterion')).toHaveCount(c.criteria.length);
    }
    await page.screenshot({ path: 'test-results/pathway-panel.png' });
  });

  test('a medical reviewer\'s override survives a reload and is in the audit log', async ({ page }) => {
    test.slow(); // an override, a reload, the audit log and a withdrawal
    const { claimId, lineId, verdict } = await claimWithGovernedLine();
    const reviewer = demoDataset().users.find((u) => u.roles.includes('medical_reviewer'))!;
    const adjuster = demoDataset().users.find((u) => !u.roles.includes('medical_reviewer'))!;
    await callApi('session.switchUser', { userId: adjuster.id });
    const chosen: Verdict = verdict === 'in_pathway' ? 'off_pathway' : 'in_pathway';
    const justification = `e2e：会诊意见支持该用药 ${Date.now()}`;

    await openPathwayTab(page, claimId);
    await expect(page.getByTestId(`pathway-override-${lineId}`)).toBeDisabled();

    await page.getByTestId('user-switcher').click();
    await page.getByRole('menuitem').filter({ hasText: reviewer.name }).click();
    await expect(page.getByTestId('user-switcher')).toContainText(reviewer.name);
    await page.getByTestId(`pathway-override-${lineId}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').click();
    await page.locator('.ant-select-item-option').filter({ has: page.locator(`[data-verdict="${chosen}"]`) }).click();
    await dialog.getByTestId('override-justification').fill('太短');
    await dialog.getByTestId('override-save').click();
    await expect(dialog).toContainText('至少 5 个字');
    await dialog.getByTestId('override-justification').fill(justification);
    await dialog.getByTestId('override-save').click();
    await expect(dialog).toBeHidden();

    const engine = page.getByTestId(`pathway-verdict-${lineId}`);
    const reviewed = page.getByTestId(`pathway-override-verdict-${lineId}`);
    await expect(reviewed).toHaveAttribute('data-verdict', chosen);
    await expect(engine).toHaveAttribute('data-verdict', verdict);

    await page.reload();
    await page.getByRole('tab', { name: '路径' }).click();
    await expect(reviewed).toHaveAttribute('data-verdict', chosen);
    await expect(engine).toHaveAttribute('data-verdict', verdict);
    await expect(page.getByTestId(`pathway-line-${lineId}`)).toContainText(reviewer.name);

    await page.getByTestId('open-audit').click();
    await expect(page.getByTestId('audit-table')).toContainText(justification);
    await page.keyboard.press('Escape');

    // Withdrawn, the engine's verdict stands alone again.
    await page.getByTestId(`pathway-override-${lineId}`).click();
    await page.getByRole('dialog').getByTestId('override-justification').fill('e2e：撤销测试认定');
    await page.getByRole('dialog').getByTestId('override-withdraw').click();
    await expect(reviewed).toHaveCount(0);
    await expect(engine).toHaveAttribute('data-verdict', verdict);
  });
});
