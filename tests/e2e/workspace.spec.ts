import { expect, test } from '@playwright/test';
import { openApp, pageHasInk } from './support/app';
import { claimWithDefect, documentId, fieldId, healthyClaims } from './support/demo-dataset';

test.describe('claim workspace', () => {
  test('paints the first page of the first document', async ({ page }) => {
    const claim = healthyClaims()[0]!;
    await openApp(page, `#/claims/${claim.claimNumber}`);
    await expect(page.getByTestId('claim-number')).toHaveText(claim.claimNumber);
    await expect.poll(() => pageHasInk(page, 1), { timeout: 20_000 }).toBe(true);
    await expect(page.locator('.cd-page[data-page-number="1"] .textLayer span').first()).toBeAttached();
  });

  test('clicking a field highlights its box on the page', async ({ page }) => {
    const claim = healthyClaims()[1]!;
    const fieldIndex = claim.documents[0]!.fields.findIndex((f) => f.bbox[2] > f.bbox[0] && f.bbox[3] > f.bbox[1]);
    const field = claim.documents[0]!.fields[fieldIndex]!;
    await openApp(page, `#/claims/${claim.claimNumber}`);
    await expect.poll(() => pageHasInk(page, 1), { timeout: 20_000 }).toBe(true);
    await page.locator(`[data-field-id="${fieldId(claim, 0, fieldIndex)}"]`).click();

    const highlight = page.getByTestId('field-highlight');
    await expect(highlight).toBeVisible();
    const box = (await highlight.boundingBox())!;
    const pageBox = (await page.locator(`.cd-page[data-page-number="${field.page}"]`).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pageBox.x - 4);
    expect(box.y).toBeGreaterThanOrEqual(pageBox.y - 4);
    expect(box.x + box.width).toBeLessThanOrEqual(pageBox.x + pageBox.width + 4);
    expect(box.y + box.height).toBeLessThanOrEqual(pageBox.y + pageBox.height + 4);
    // The box is the field's bbox at the page's display scale (plus the highlight's 3 px margin).
    const scale = await page.locator(`.cd-page[data-page-number="${field.page}"]`).evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--scale-factor')));
    expect(Math.abs(box.width - ((field.bbox[2] - field.bbox[0]) * scale + 6))).toBeLessThan(2);
    expect(Math.abs(box.height - ((field.bbox[3] - field.bbox[1]) * scale + 6))).toBeLessThan(2);
    await expect(highlight).toBeInViewport();
    await page.screenshot({ path: 'test-results/field-highlight.png' });
  });

  test('a corrected amount survives a reload and is in the audit log', async ({ page }) => {
    const claim = healthyClaims().find((c) => c.documents.some((d) => d.fields.some((f) => f.key.endsWith('Fen'))))!;
    const docIndex = claim.documents.findIndex((d) => d.fields.some((f) => f.key.endsWith('Fen')));
    const fieldIndex = claim.documents[docIndex]!.fields.findIndex((f) => f.key.endsWith('Fen'));
    const row = page.locator(`[data-field-id="${fieldId(claim, docIndex, fieldIndex)}"]`);
    const reason = `e2e: 与原件核对后更正 ${Date.now()}`;

    await openApp(page, `#/claims/${claim.claimNumber}`);
    await row.getByTestId('field-edit').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('field-input').fill('1,234.56');
    await dialog.getByRole('button', { name: '保存更正' }).click();
    await expect(dialog).toContainText('请填写更正原因'); // the reason is required
    await dialog.getByTestId('field-reason').fill(reason);
    await dialog.getByRole('button', { name: '保存更正' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByTestId('field-value')).toHaveText('¥1,234.56');

    await page.reload();
    await expect(row.getByTestId('field-value')).toHaveText('¥1,234.56');
    await expect(row).toHaveAttribute('data-status', 'corrected');

    await page.getByTestId('open-audit').click();
    const entry = page.getByTestId('audit-table').locator('tbody tr', { hasText: reason });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('更正');
    await expect(entry).toContainText('¥1,234.56');
  });

  test('page thumbnails turn with the viewer', async ({ page }) => {
    const claim = healthyClaims()[0]!;
    await openApp(page, `#/claims/${claim.claimNumber}`);
    await expect.poll(() => pageHasInk(page, 1), { timeout: 20_000 }).toBe(true);
    const thumb = page.getByTestId('page-thumbnail').first();
    await expect(thumb.locator('canvas')).toBeAttached();
    const upright = (await thumb.locator('canvas').boundingBox())!;

    await page.getByRole('button', { name: '旋转' }).click();
    await expect(thumb).toHaveAttribute('data-rotation', '90');
    // Redrawn on its side: as wide as before, and its height and width swapped in proportion.
    await expect.poll(async () => {
      const box = await thumb.locator('canvas').boundingBox();
      return box ? Math.round((box.height / box.width) * 100) : 0;
    }).toBe(Math.round((upright.width / upright.height) * 100));
    await page.getByRole('button', { name: '旋转' }).click();
    await expect(thumb).toHaveAttribute('data-rotation', '180');
  });

  test('a damaged PDF says so in the viewer', async ({ page }) => {
    const { claim, index } = claimWithDefect('corrupt');
    await openApp(page, `#/claims/${claim.claimNumber}`);
    await page.locator(`[data-document-id="${documentId(claim, index)}"]`).click();
    await expect(page.getByTestId('pdf-error')).toContainText('文件已损坏，无法打开');
    // The rest of the workspace carries on.
    await expect(page.getByTestId('fields-panel').or(page.getByText('本案没有识别出的字段'))).toBeVisible();
  });

  test('an encrypted PDF asks for its password and opens with it', async ({ page }) => {
    const { claim, index, document } = claimWithDefect('encrypted');
    expect(document.password, 'the dataset gives the encrypted file\'s password').toBeTruthy();
    await openApp(page, `#/claims/${claim.claimNumber}`);
    await page.locator(`[data-document-id="${documentId(claim, index)}"]`).click();
    await expect(page.getByTestId('pdf-password')).toBeVisible();

    await page.getByTestId('pdf-password-input').fill(`${document.password}-wrong`);
    await page.getByTestId('pdf-password-submit').click();
    await expect(page.getByTestId('pdf-password-wrong')).toBeVisible();

    await page.getByTestId('pdf-password-input').fill(document.password!);
    await page.getByTestId('pdf-password-submit').click();
    await expect.poll(() => pageHasInk(page, 1), { timeout: 20_000 }).toBe(true);
  });

  test('switching to English changes the labels and is remembered', async ({ page }) => {
    const claim = healthyClaims()[0]!;
    await openApp(page, `#/claims/${claim.claimNumber}`);
    await expect(page.getByRole('tab', { name: '字段' })).toBeVisible();
    await page.getByTestId('language-switch').getByText('EN').click();
    await expect(page.getByRole('tab', { name: 'Fields' })).toBeVisible();
    await expect(page.getByTestId('open-audit')).toHaveText(/Audit log/);
    await expect(page.getByTestId('sync-state')).toHaveText('Local cache only');
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Fields' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
