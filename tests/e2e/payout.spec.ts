import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { PayoutCaseResult } from '../../shared/payout/case-result';
import { formatFen } from '../../src-renderer/common/format';
import { openApp } from './support/app';
import { callApi } from './support/contract';
import { demoDataset } from './support/demo-dataset';

// The 理算 tab shows exactly what `claimdesk payout` computes on the claim's exported case.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('the payout panel shows the figures of the CLI on the exported case', async ({ page }) => {
  const claim = demoDataset().claims.find((c) => c.status !== 'decided' && c.case.claim.expenses.length >= 4)!;
  await openApp(page, `#/claims/${claim.claimNumber}`);
  await page.getByRole('tab', { name: '理算' }).click();
  await expect(page.getByTestId('payout-panel')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByTestId('payout-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${claim.claimNumber}.case.json`);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  // The download is the contract's export, byte for byte in meaning.
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(await callApi('case.export', { claimId: claim.claimNumber }));

  const cli = JSON.parse(execFileSync('npx', ['tsx', 'src-main/cli/index.ts', 'payout', file], { cwd: repoRoot, encoding: 'utf8' })) as PayoutCaseResult;
  expect(cli.lines.length).toBeGreaterThanOrEqual(4);

  const total = page.getByTestId('payout-claim-payable');
  await expect(total).toHaveAttribute('data-fen', String(cli.payableFen));
  await expect(total).toHaveText(formatFen(cli.payableFen));
  await expect(page.getByTestId('payout-total-payable')).toHaveAttribute('data-fen', String(cli.payableFen));
  await expect(page.getByTestId('payout-claim-status')).toHaveAttribute('data-status', cli.status);
  for (const line of cli.lines) {
    const payable = page.getByTestId(`payout-payable-${line.id}`);
    await expect(payable).toHaveAttribute('data-fen', String(line.payableFen));
    await expect(payable).toHaveText(formatFen(line.payableFen));
    await expect(page.getByTestId(`payout-eligible-${line.id}`)).toHaveAttribute('data-fen', String(line.eligibleFen));
    await expect(page.getByTestId(`payout-deductible-${line.id}`)).toHaveAttribute('data-fen', String(line.deductibleFen));
  }
  await page.screenshot({ path: 'test-results/payout-panel.png' });
});

test('taking a line out recalculates, greys it and can be undone', async ({ page }) => {
  const claim = demoDataset().claims.filter((c) => c.status !== 'decided' && c.case.claim.expenses.length >= 4)[1]!;
  const before = await callApi('payout.calculate', { claimId: claim.claimNumber });
  const paid = before.result.lines.find((l) => l.payableFen > 0) ?? before.result.lines[0]!;
  await openApp(page, `#/claims/${claim.claimNumber}`);
  await page.getByRole('tab', { name: '理算' }).click();
  await expect(page.getByTestId('payout-claim-payable')).toHaveAttribute('data-fen', String(before.result.payableFen));

  await page.getByTestId(`payout-include-${paid.id}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('include-reason').fill('e2e：与本次住院无关');
  await dialog.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId(`payout-status-${paid.id}`)).toHaveText('已剔除');
  const after = await callApi('payout.calculate', { claimId: claim.claimNumber });
  expect(after.result.lines.map((l) => l.id)).not.toContain(paid.id);
  await expect(page.getByTestId('payout-claim-payable')).toHaveAttribute('data-fen', String(after.result.payableFen));

  await page.getByTestId(`payout-include-${paid.id}`).click();
  await page.getByRole('dialog').getByTestId('include-reason').fill('e2e：重新纳入');
  await page.getByRole('dialog').getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(page.getByTestId('payout-claim-payable')).toHaveAttribute('data-fen', String(before.result.payableFen));
  await expect(page.getByTestId(`payout-payable-${paid.id}`)).toHaveAttribute('data-fen', String(paid.payableFen));
});
