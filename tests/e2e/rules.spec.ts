import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

test('the rules page finds recommendations by a Chinese drug name and shows one in full', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '规则' }).click();
  await expect(page).toHaveURL(/#\/rules$/);
  await expect(page.getByTestId('rules-page')).toBeVisible();

  await page.getByTestId('rules-search').fill('奥希替尼');
  await expect(page.getByTestId('rules-count')).toHaveText('共 3 条推荐');
  for (const id of ['NSCLC-EGFR-TKI-OSI', 'NSCLC-EGFR-T790M-OSI', 'NSCLC-EGFR-ADJ-OSI']) {
    await expect(page.getByTestId(`rule-row-${id}`)).toBeVisible();
  }
  await expect(page.getByTestId('rule-row-NSCLC-EGFR-TKI-GEF')).toHaveCount(0);

  await page.getByTestId('rule-row-NSCLC-EGFR-T790M-OSI').click();
  const detail = page.getByTestId('rule-detail');
  await expect(detail).toHaveAttribute('data-rec', 'NSCLC-EGFR-T790M-OSI');
  await expect(detail).toContainText('EGFR T790M');
  await expect(detail).toContainText('第 2 线及以后');
  await expect(page.getByTestId('rule-citation')).toContainText('奥希替尼');

  // The same search in English finds the same rules.
  await page.getByTestId('rules-search').fill('osimertinib');
  await expect(page.getByTestId('rules-count')).toHaveText('共 3 条推荐');
  await page.screenshot({ path: 'test-results/rules-page.png' });
});
