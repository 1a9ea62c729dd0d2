import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { fail } from '../../shared/contract/envelope';
import { startHost } from '../../src-main/host/http-host';
import { resourcesDir } from '../../src-main/paths';
import { openWorkstation } from '../../src-main/workstation';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from '../support/chromium';
import { tempDir } from '../support/temp-dir';
import { median, percentile, type BenchRow } from './measure';

// Click to first page painted, in real Chromium: a document picked in the claim workspace, from the
// click to its first page's canvas in the DOM (fetch through the contract, pdf.js parse, render), against
// a bare pdf.js page rendering the same file at the same size, timed the same way in the same browser.

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const CLAIMS = 12;

// Served under the host's CSP (no inline script), so the page and its script are separate files.
const BARE_HTML = '<!doctype html><meta charset="utf-8"><title>bare pdf.js</title><div id="host"></div><script type="module" src="./bare.js"></script>';
const BARE_JS = `import * as pdfjs from './pdf.min.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.min.mjs';
window.renderBare = async (url, cssWidth) => {
  const t0 = performance.now();
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const doc = await pdfjs.getDocument({ data: bytes }).promise;
  const page = await doc.getPage(1);
  const scale = cssWidth / page.getViewport({ scale: 1 }).width;
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
  document.getElementById('host').replaceChildren(canvas);
  const ms = performance.now() - t0;
  await doc.destroy();
  return ms;
};
window.bareReady = true;
`;

/**
 * Clicks the document and resolves when page 1 of the viewer holds a new canvas; returns ms and the
 * page's CSS width. The script goes over as text: tsx's transform would add helpers the page lacks.
 */
async function clickToFirstPage(page: Page, documentId: string): Promise<{ ms: number; width: number }> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const item = document.querySelector('[data-document-id="${documentId}"]');
    if (!item) return reject(new Error('no document ${documentId} in the list'));
    const selector = '[data-testid="pdf-pages"] .cd-page[data-page-number="1"] canvas';
    // The previous document's canvas may stay up until the new one is drawn: wait for a new canvas.
    const before = new Set(document.querySelectorAll(selector));
    const painted = () => [...document.querySelectorAll(selector)].find((c) => !before.has(c));
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      const canvas = painted();
      if (canvas) {
        observer.disconnect();
        resolve({ ms: performance.now() - t0, width: canvas.getBoundingClientRect().width });
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    item.click();
    setTimeout(() => reject(new Error('first page not painted within 20 s')), 20000);
  })`);
}

export async function benchFirstPage(): Promise<BenchRow[]> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const staticDir = path.join(REPO, 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new Error('the renderer is not built: run npm run build:renderer');
  const t = tempDir('claimdesk-bench-ui-');
  const ws = openWorkstation({ dataDir: path.join(t.dir, 'data'), appVersion: 'bench', demo: { mode: 'if-empty' } });
  const host = await startHost({ dispatch: ws.dispatch, token: 'bench-token-0123456789', staticDir, port: 0 });
  // The baseline's own static folder: pdf.js builds and the same PDF files, served by the same kind of host.
  const bareDir = path.join(t.dir, 'bare');
  fs.mkdirSync(bareDir);
  fs.writeFileSync(path.join(bareDir, 'index.html'), BARE_HTML);
  fs.writeFileSync(path.join(bareDir, 'bare.js'), BARE_JS);
  for (const f of ['pdf.min.mjs', 'pdf.worker.min.mjs']) fs.copyFileSync(path.join(REPO, 'node_modules', 'pdfjs-dist', 'build', f), path.join(bareDir, f));
  const bare = await startHost({ dispatch: async () => fail({ code: 'UNKNOWN_HANDLER', message: 'none' }), token: 'x'.repeat(24), staticDir: bareDir, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const app: number[] = [];
  const baseline: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const barePage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await barePage.goto(`http://127.0.0.1:${bare.port}/`);
    await barePage.waitForFunction('window.bareReady === true');
    const claims = ws.ctx.db.rows<{ claim_id: string; docs: string }>(`SELECT claim_id, GROUP_CONCAT(id || '|' || sha256, ',') AS docs FROM documents
      GROUP BY claim_id HAVING COUNT(*) >= 3 ORDER BY claim_id LIMIT ?`, CLAIMS);
    for (const [i, claim] of claims.entries()) {
      await page.goto(`${host.url}#/claims/${encodeURIComponent(claim.claim_id)}`);
      await page.waitForSelector('[data-testid="pdf-pages"] .cd-page canvas', { timeout: 20_000 });
      // The second and third documents: not yet loaded when clicked.
      for (const entry of claim.docs.split(',').slice(1, 3)) {
        const [documentId, sha256] = entry.split('|') as [string, string];
        const measured = await clickToFirstPage(page, documentId);
        fs.copyFileSync(path.join(resourcesDir(), 'demo', 'files', `${sha256}.pdf`), path.join(bareDir, `${sha256}.pdf`));
        const bareMs = await barePage.evaluate(`window.renderBare('./${sha256}.pdf', ${measured.width})`) as number;
        if (i > 0) { // the first claim warms both pages up
          app.push(measured.ms);
          baseline.push(bareMs);
        }
      }
    }
  } finally {
    await browser.close();
    await bare.close();
    await host.close();
    ws.close();
    t.remove();
  }
  app.sort((a, b) => a - b);
  baseline.sort((a, b) => a - b);
  const ratio = median(app) / median(baseline);
  return [{
    workload: `click to first page painted in Chromium (${app.length} documents)`, value: +median(app).toFixed(1), unit: 'ms (median)',
    baseline: +median(baseline).toFixed(1), baselineName: 'bare pdf.js render of the same file', ratio: +ratio.toFixed(2),
    extra: { appP90Ms: +percentile(app, 90).toFixed(1), bareP90Ms: +percentile(baseline, 90).toFixed(1) },
  }];
}
