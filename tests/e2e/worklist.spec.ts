import { expect, test } from '@playwright/test';
import { formatYuan } from '../../shared/money';
import { openApp, rowCount } from './support/app';
import { demoDataset } from './support/demo-dataset';

test.describe('worklist', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page, '#/worklist');
    await page.getByRole('tab', { name: '全部' }).click();
  });

  test('lists the demo claims', async ({ page }) => {
    const total = await rowCount(page);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(total).toBe(demoDataset().claims.length);
    await expect(page.getByTestId('row-count')).toContainText('共');
    await expect(page.locator('.ag-row .ag-cell[col-id="claimNumber"] a').first()).toBeVisible();
  });

  test('quick search finds a claim by its number', async ({ page }) => {
    const claim = demoDataset().claims[7]!;
    await page.keyboard.press('/');
    await expect(page.getByTestId('quick-search')).toBeFocused();
    await page.keyboard.type(claim.claimNumber);
    await expect(page.getByTestId('row-count')).toHaveAttribute('data-total', '1');
    await expect(page.locator('.ag-row .ag-cell[col-id="claimNumber"]').first()).toHaveText(claim.claimNumber);
    await expect(page.locator('.ag-row .ag-cell[col-id="claimantName"]').first()).toContainText(claim.claimant.name);
  });

  test('the top bar search jumps from a claim to the worklist quick search', async ({ page }) => {
    const claim = demoDataset().claims[11]!;
    await openApp(page, `#/claims/${demoDataset().claims[0]!.claimNumber}`);
    await page.getByTestId('global-search').fill(claim.claimant.name);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/worklist$/);
    await expect(page.getByTestId('quick-search')).toHaveValue(claim.claimant.name);
    await expect(page.getByRole('tab', { name: '全部', selected: true })).toBeVisible();
    const expected = demoDataset().claims.filter((c) => c.claimant.name.includes(claim.claimant.name)).length;
    await expect(page.getByTestId('row-count')).toHaveAttribute('data-total', String(expected));
  });

  test('sorts by amount on the service', async ({ page }) => {
    const amounts = demoDataset().claims.map((c) => c.claimedFen).sort((a, b) => a - b);
    const header = page.locator('.ag-header-cell[col-id="claimedFen"] .ag-header-cell-label');
    const firstAmount = page.locator('.ag-row[row-index="0"] .ag-cell[col-id="claimedFen"]');
    await rowCount(page);
    await header.click();
    await expect(firstAmount).toHaveText(formatYuan(amounts[0]!));
    await header.click();
    await expect(firstAmount).toHaveText(formatYuan(amounts[amounts.length - 1]!));
    const secondAmount = page.locator('.ag-row[row-index="1"] .ag-cell[col-id="claimedFen"]');
    await expect(secondAmount).toHaveText(formatYuan(amounts[amounts.length - 2]!));
  });

  test('Enter opens the focused claim', async ({ page }) => {
    await rowCount(page);
    const cell = page.locator('.ag-row[row-index="2"] .ag-cell[col-id="product"]');
    const claimNumber = await page.locator('.ag-row[row-index="2"] .ag-cell[col-id="claimNumber"]').innerText();
    await cell.click();
    await page.keyboard.press('ArrowUp');
    const above = await page.locator('.ag-row[row-index="1"] .ag-cell[col-id="claimNumber"]').innerText();
    expect(above).not.toBe(claimNumber);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/claims/${encodeURIComponent(above)}$`));
    await expect(page.getByTestId('claim-number')).toHaveText(above);
  });
});
