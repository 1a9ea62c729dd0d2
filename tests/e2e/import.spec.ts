import { expect, test, type Locator, type Page } from '@playwright/test';
import type { DatasetClaim, DatasetDocument } from '../../shared/domain/dataset';
import { openApp, pageHasInk } from './support/app';
import { callApi } from './support/contract';
import { claimWithDefect, demoFileBytes, healthyClaims } from './support/demo-dataset';

// The adjuster's side of field extraction: a PDF imported into a claim (progress, then its document
// and fields), the failures a person can act on (damaged, password), and the keyboard-only
// confirmation loop, whose corrections change the pathway verdict on screen.

const DEFAULT_REASON = '核对原件后更正';

/** Claims under review held by the user at the keyboard, whose documents all open, other than those the workspace tests use. */
function spareClaims(): DatasetClaim[] {
  return healthyClaims().slice(4);
}

const geneticReport = (c: DatasetClaim): DatasetDocument | undefined => c.documents.find((d) => d.documentType === 'genetic_report');
const egfrPositive = (c: DatasetClaim): boolean => {
  const egfr = geneticReport(c)?.fields.find((f) => f.key === 'egfr')?.value;
  return Array.isArray(egfr) && egfr.length > 0 && !egfr.includes('negative');
};

/** Picks `file` in the hidden input behind 「导入文件」, under a name of its own to find it again. */
async function importFile(page: Page, fileName: string, buffer: Buffer): Promise<Locator> {
  await page.getByTestId('import-input').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer });
  return page.getByTestId('import-progress').filter({ hasText: fileName });
}

const selectedRow = (page: Page): Locator => page.locator('[data-testid="field-row"][aria-selected="true"]');
const selectedId = async (page: Page): Promise<string> => {
  await expect(selectedRow(page)).toHaveCount(1);
  return (await selectedRow(page).getAttribute('data-field-id'))!;
};

/**
 * In the loop, `k` (back, going round from the first to the last) until `fieldId` is the current
 * field. Fields read with high confidence come last in the queue, so going back reaches them soonest.
 */
async function loopTo(page: Page, fieldId: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const current = await selectedRow(page).getAttribute('data-field-id');
    if (current === fieldId) return;
    await page.keyboard.press('k');
    await expect(selectedRow(page)).not.toHaveAttribute('data-field-id', current ?? '');
  }
  throw new Error(`the loop never came to field ${fieldId}`);
}

async function documentByName(claimId: string, fileName: string) {
  const detail = await callApi('claims.get', { claimId });
  const document = detail.documents.find((d) => d.fileName === fileName);
  return { document, fields: detail.fields.filter((f) => f.documentId === document?.id) };
}

test.describe('document import and the confirmation loop', () => {
  test('imports a PDF, then confirms, skips and corrects its fields with the keyboard alone', async ({ page }) => {
    const [target, donor] = spareClaims().filter((c) => !egfrPositive(c) && geneticReport(c)?.fields.some((f) => f.key === 'lab')).slice(-2);
    const source = geneticReport(donor!)!;
    const fileName = `e2e-${Date.now()}-${source.fileName}`;
    const claimId = target!.claimNumber;

    await openApp(page, `#/claims/${claimId}`);
    await expect(page.getByTestId('fields-panel')).toBeVisible();
    const progress = await importFile(page, fileName, demoFileBytes(source));
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    await expect(progress.getByTestId('import-stage')).toContainText('完成');

    // Attached to the claim, open in the viewer, its fields in the panel.
    const { document, fields } = await documentByName(claimId, fileName);
    expect(document?.documentType).toBe('genetic_report');
    expect(fields.length).toBeGreaterThan(0);
    await expect(progress.getByTestId('import-stage')).toContainText(`识别出 ${fields.length} 个字段`);
    await expect(page.locator(`[data-document-id="${document!.id}"]`)).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => pageHasInk(page, 1), { timeout: 20_000 }).toBe(true);
    for (const f of fields) await expect(page.locator(`[data-field-id="${f.id}"]`)).toHaveAttribute('data-status', 'extracted');
    await page.screenshot({ path: 'test-results/import-done.png' });

    // The loop: r starts it on the first unresolved field read with low confidence (below 0.9).
    const now = await callApi('claims.get', { claimId });
    const open = now.documents.flatMap((d) => now.fields.filter((f) => f.documentId === d.id && f.status === 'extracted'));
    const expectedFirst = open.find((f) => f.confidence < 0.9) ?? open[0]!;
    await page.keyboard.press('r');
    const loop = page.getByTestId('review-loop');
    await expect(loop).toHaveAttribute('data-active', 'true');
    const counter = page.getByTestId('review-counter');
    await expect(counter).toHaveAttribute('data-resolved', '0');
    const total = Number(await counter.getAttribute('data-total'));
    expect(total).toBe(open.length);
    await expect(selectedRow(page)).toHaveAttribute('data-field-id', expectedFirst.id);
    await expect(page.getByTestId('field-highlight')).toBeVisible();

    const confirmed: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await selectedId(page);
      confirmed.push(id);
      await page.keyboard.press('Enter');
      await expect(selectedRow(page)).not.toHaveAttribute('data-field-id', id);
    }
    for (const id of confirmed) await expect(page.locator(`[data-field-id="${id}"]`)).toHaveAttribute('data-status', 'confirmed');

    const skipped = await selectedId(page);
    await page.keyboard.press('Escape');
    await expect(selectedRow(page)).not.toHaveAttribute('data-field-id', skipped);
    await page.keyboard.press('Shift+Tab'); // back to the skipped field, still unresolved
    await expect(selectedRow(page)).toHaveAttribute('data-field-id', skipped);
    await page.keyboard.press('Tab');
    await expect(selectedRow(page)).not.toHaveAttribute('data-field-id', skipped);

    // Typing corrects: the first character opens the editor, Enter saves with the prefilled reason.
    const lab = fields.find((f) => f.key === 'lab')!;
    await loopTo(page, lab.id);
    await page.keyboard.type('Lab e2e 检验中心');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('field-input')).toHaveValue('Lab e2e 检验中心');
    await expect(dialog.getByTestId('field-reason')).toHaveValue(DEFAULT_REASON);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const labRow = page.locator(`[data-field-id="${lab.id}"]`);
    await expect(labRow).toHaveAttribute('data-status', 'corrected');
    await expect(labRow.getByTestId('field-value')).toHaveText('Lab e2e 检验中心');
    await expect(labRow.getByTestId('field-source')).toHaveAttribute('data-source', 'manual');
    await expect(selectedRow(page)).not.toHaveAttribute('data-field-id', lab.id);
    await expect(counter).toHaveAttribute('data-resolved', '4');
    await expect(counter).toHaveAttribute('data-total', String(total));
    await expect(page.locator(`[data-field-id="${skipped}"]`)).toHaveAttribute('data-status', 'extracted');

    // Each confirmation and the correction are in the audit log; the skipped field is not.
    const audit = await callApi('audit.list', { claimId });
    for (const id of confirmed) expect(audit.filter((e) => e.entityId === id && e.action === 'confirm')).toHaveLength(1);
    expect(audit.filter((e) => e.entityId === lab.id && e.action === 'correct' && e.reason === DEFAULT_REASON)).toHaveLength(1);
    expect(audit.some((e) => e.entityId === skipped)).toBe(false);
    await page.keyboard.press('Alt+r');
    await expect(loop).toHaveAttribute('data-active', 'false');
    await page.getByTestId('open-audit').click();
    const entry = page.getByTestId('audit-table').locator('tbody tr', { hasText: DEFAULT_REASON });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Lab e2e 检验中心');
  });

  test('a correction in the loop turns the pathway verdict on screen', async ({ page }) => {
    let found: { claim: DatasetClaim; lineId: string } | null = null;
    for (const claim of spareClaims().filter(egfrPositive)) {
      const review = await callApi('pathway.check', { claimId: claim.claimNumber });
      const line = review.lines.find((l) => l.verdict === 'in_pathway');
      if (line) {
        found = { claim, lineId: line.id };
        break;
      }
    }
    expect(found, 'the demo dataset has a claim under review whose EGFR-positive report puts a line in the pathway').not.toBeNull();
    const { claim, lineId } = found!;
    const detail = await callApi('claims.get', { claimId: claim.claimNumber });
    const reportId = detail.documents.find((d) => d.documentType === 'genetic_report')!.id;
    const egfr = detail.fields.find((f) => f.documentId === reportId && f.key === 'egfr')!;

    await openApp(page, `#/claims/${claim.claimNumber}`);
    await page.getByRole('tab', { name: '路径' }).click();
    await expect(page.getByTestId(`pathway-verdict-${lineId}`)).toHaveAttribute('data-verdict', 'in_pathway');
    await page.getByRole('tab', { name: '字段' }).click();

    await page.keyboard.press('r');
    await expect(page.getByTestId('review-loop')).toHaveAttribute('data-active', 'true');
    await loopTo(page, egfr.id);
    await page.keyboard.type('negative');
    await expect(page.getByRole('dialog').getByTestId('field-input')).toHaveValue('negative');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeHidden();
    const row = page.locator(`[data-field-id="${egfr.id}"]`);
    await expect(row).toHaveAttribute('data-status', 'corrected');
    await expect(row.getByTestId('field-value')).toHaveText('阴性');

    await page.getByRole('tab', { name: '路径' }).click();
    await expect(page.getByTestId(`pathway-verdict-${lineId}`)).toHaveAttribute('data-verdict', 'off_pathway');
    await page.screenshot({ path: 'test-results/import-pathway-after-correction.png' });
  });

  test('a damaged file says so and stays attached', async ({ page }) => {
    const { document: damaged } = claimWithDefect('corrupt');
    const claimId = spareClaims().filter((c) => !egfrPositive(c))[0]!.claimNumber;
    const fileName = `e2e-${Date.now()}-损坏.pdf`;
    await openApp(page, `#/claims/${claimId}`);
    const progress = await importFile(page, fileName, demoFileBytes(damaged));
    await expect(progress).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });
    await expect(progress).toHaveAttribute('data-problem', 'DOCUMENT_CORRUPT');
    await expect(progress.getByTestId('import-problem')).toContainText('文件已损坏');
    await expect(progress.getByTestId('import-problem')).toContainText('文件已附在本案中');

    const { document } = await documentByName(claimId, fileName);
    expect(document, 'the damaged file is still attached to the claim').toBeDefined();
    await expect(page.getByTestId('document-list')).toContainText(fileName);
    await expect(page.getByTestId('pdf-error')).toContainText('文件已损坏，无法打开');
  });

  test('a protected file asks for its password, says when it is wrong and reads with the right one', async ({ page }) => {
    const { document: locked } = claimWithDefect('encrypted');
    const claimId = spareClaims().filter((c) => !egfrPositive(c))[1]!.claimNumber;
    const fileName = `e2e-${Date.now()}-加密.pdf`;
    await openApp(page, `#/claims/${claimId}`);
    const progress = await importFile(page, fileName, demoFileBytes(locked));
    await expect(progress).toHaveAttribute('data-problem', 'PASSWORD_REQUIRED', { timeout: 30_000 });
    await expect(progress.getByTestId('import-problem')).toContainText('需要密码');

    await progress.getByTestId('import-password-input').fill(`${locked.password}-wrong`);
    await progress.getByTestId('import-password-input').press('Enter');
    await expect(progress).toHaveAttribute('data-problem', 'PASSWORD_WRONG', { timeout: 30_000 });
    await expect(progress.getByTestId('import-problem')).toContainText('密码错误');

    await progress.getByTestId('import-password-input').fill(locked.password!);
    await progress.getByTestId('import-password-submit').click();
    await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    const { fields } = await documentByName(claimId, fileName);
    expect(fields.length).toBeGreaterThan(0);
    await expect(page.locator(`[data-field-id="${fields[0]!.id}"]`)).toBeVisible();
  });

  test('a password given in the viewer also reads the imported file, without asking again', async ({ page }) => {
    const { document: locked } = claimWithDefect('encrypted');
    const claimId = spareClaims().filter((c) => !egfrPositive(c))[2]!.claimNumber;
    const fileName = `e2e-${Date.now()}-加密-共用.pdf`;
    await openApp(page, `#/claims/${claimId}`);
    const progress = await importFile(page, fileName, demoFileBytes(locked));
    await expect(progress).toHaveAttribute('data-problem', 'PASSWORD_REQUIRED', { timeout: 30_000 });
    // The imported file opens in the viewer, which asks too: answering there answers both.
    await expect(page.getByTestId('pdf-password')).toBeVisible();
    await page.getByTestId('pdf-password-input').fill(locked.password!);
    await page.getByTestId('pdf-password-submit').click();
    await expect.poll(() => pageHasInk(page, 1), { timeout: 20_000 }).toBe(true);
    await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    const { fields } = await documentByName(claimId, fileName);
    expect(fields.length).toBeGreaterThan(0);
  });
});
