import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { BBox } from '../../shared/domain/document';
import type { PageText, TextBox } from './types';

// A page's text layer as boxes "as displayed": pdf.js gives each run's text matrix in PDF user space;
// the viewport (scale 1, the page's /Rotate applied) maps it to top-left-origin display points. Runs
// that are not upright on the displayed page (diagonal watermarks, the rotated characters of a round
// stamp) are not part of the form and are dropped.

const DEFAULT_ASCENT = 0.88;
const DEFAULT_DESCENT = -0.12;
const UPRIGHT_TOLERANCE = 0.05; // radians, about 3 degrees

interface RunGeometry { bbox: BBox; angle: number }

function runGeometry(item: TextItem, viewportTransform: number[], ascent: number, descent: number): RunGeometry {
  const m = Util.transform(viewportTransform, item.transform);
  const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
  const along = Math.hypot(a, b) || 1;
  const size = Math.hypot(c, d) || 1;
  const ux = a / along;
  const uy = b / along;
  // (c, d) points from the baseline towards the top of the glyphs in display space.
  const vx = c / size;
  const vy = d / size;
  const w = item.width;
  const corners = [
    [e + vx * size * ascent, f + vy * size * ascent],
    [e + vx * size * descent, f + vy * size * descent],
    [e + ux * w + vx * size * ascent, f + uy * w + vy * size * ascent],
    [e + ux * w + vx * size * descent, f + uy * w + vy * size * descent],
  ];
  const xs = corners.map((p) => p[0]!);
  const ys = corners.map((p) => p[1]!);
  return { bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], angle: Math.atan2(uy, ux) };
}

/** Characters a reader can use: ideographs, Latin letters and digits (in either width). */
const MEANINGFUL = /[\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const MIN_MEANINGFUL = 15;
const MAX_JUNK_SHARE = 0.3;

function meaningfulChars(text: string): number {
  return text.match(MEANINGFUL)?.length ?? 0;
}

/**
 * Whether a page's text layer can be read: enough characters, and not mostly private-use or
 * replacement characters (fonts without a Unicode map produce those).
 */
export function isUsableTextLayer(boxes: readonly TextBox[]): boolean {
  const all = boxes.map((b) => b.text).join('');
  const junk = all.match(/[\ue000-\uf8ff\ufffd]/g)?.length ?? 0;
  return meaningfulChars(all) >= MIN_MEANINGFUL && junk <= all.length * MAX_JUNK_SHARE;
}

export async function readTextLayer(page: PDFPageProxy): Promise<PageText> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const boxes: TextBox[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const style = content.styles[item.fontName];
    const ascent = style?.ascent || DEFAULT_ASCENT;
    const descent = style?.descent || DEFAULT_DESCENT;
    const { bbox, angle } = runGeometry(item, viewport.transform, ascent, descent);
    if (Math.abs(angle) > UPRIGHT_TOLERANCE) continue;
    boxes.push({ text: item.str, bbox, confidence: 1 });
  }
  return { page: page.pageNumber, width: viewport.width, height: viewport.height, source: 'text', boxes };
}
