import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BBox } from '../../../shared/domain/document';

// Text of a PDF page as pdf.js extracts it, with each run's origin converted to the top-left
// coordinates read fields use, so a test can ask "which text lies inside this box?".

export interface PageRun {
  str: string;
  /** Origin of the run (start of its baseline), top-left coordinates, points. */
  x: number;
  y: number;
}

export interface OpenedPdf {
  numPages: number;
  /** Width and height of a page in points. */
  pageSize(page: number): Promise<[number, number]>;
  pageRuns(page: number): Promise<PageRun[]>;
  destroy(): Promise<void>;
}

export async function openPdf(bytes: Uint8Array, password?: string): Promise<OpenedPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), password, verbosity: 0, isEvalSupported: false }).promise;
  return {
    numPages: doc.numPages,
    async pageSize(pageNumber) {
      const [x0, y0, x1, y1] = (await doc.getPage(pageNumber)).view as [number, number, number, number];
      return [x1 - x0, y1 - y0];
    },
    async pageRuns(pageNumber) {
      const page = await doc.getPage(pageNumber);
      const [, , , top] = page.view;
      // Full-width digits are part of the printed text: keep pdf.js from normalising them.
      const content = await page.getTextContent({ disableNormalization: true });
      const runs: PageRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        runs.push({ str: item.str, x: item.transform[4] as number, y: (top as number) - (item.transform[5] as number) });
      }
      return runs;
    },
    destroy: () => doc.destroy(),
  };
}

/** The runs whose origin lies in the box (with a small tolerance), joined in reading order. */
export function textInBox(runs: readonly PageRun[], box: BBox, tolerance = 1): string {
  const [x0, y0, x1, y1] = box;
  return runs
    .filter((r) => r.x >= x0 - tolerance && r.x <= x1 + tolerance && r.y >= y0 - tolerance && r.y <= y1 + tolerance)
    .map((r) => r.str)
    .join('');
}

export const withoutSpace = (s: string): string => s.replace(/\s+/g, '');
