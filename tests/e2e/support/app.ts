import { expect, type Page } from '@playwright/test';
import { hostUrl } from './host-env';

/** Opens the workstation with its start token, at `hash` (e.g. `#/claims/X`), and waits for the frame. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`${hostUrl()}${hash}`);
  await expect(page.getByTestId('status-bar')).toBeVisible();
}

/** The worklist's row count once a query has answered. */
export async function rowCount(page: Page): Promise<number> {
  const counter = page.getByTestId('row-count');
  await expect(counter).not.toHaveAttribute('data-total', '');
  return Number(await counter.getAttribute('data-total'));
}

/** Whether the canvas of a rendered PDF page has any non-white pixel (the page was really painted). */
export async function pageHasInk(page: Page, pageNumber = 1): Promise<boolean> {
  const canvas = page.locator(`.cd-page[data-page-number="${pageNumber}"] canvas`);
  if ((await canvas.count()) === 0) return false;
  return canvas.first().evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d');
    if (!ctx || c.width === 0 || c.height === 0) return false;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) return true;
    }
    return false;
  });
}
