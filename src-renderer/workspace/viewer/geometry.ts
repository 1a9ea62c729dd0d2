import type { BBox } from '../../../shared/domain/document';

// Page geometry for overlays. A field's bbox is in PDF points at scale 1, origin top-left of the page as
// displayed with its own /Rotate applied (docs/document-types.md). The viewer adds the user's zoom and rotation;
// these functions carry a box from the first space to the second. Rotations are clockwise, as in PDF.

export type Rotation = 0 | 90 | 180 | 270;

/** The unrotated page: width and height in points (its view box), and its own /Rotate. */
export interface PageBox { width: number; height: number; rotate: number }

export interface Rect { left: number; top: number; width: number; height: number }

export const normaliseRotation = (degrees: number): Rotation => ((((Math.round(degrees / 90) * 90) % 360) + 360) % 360) as Rotation;

/** A point of the unrotated page (top-left origin) as it appears after rotating the page by `r`. */
function rotatePoint(u: number, v: number, r: Rotation, page: PageBox): [number, number] {
  switch (r) {
    case 0: return [u, v];
    case 90: return [page.height - v, u];
    case 180: return [page.width - u, page.height - v];
    case 270: return [v, page.width - u];
  }
}

/** The inverse of rotatePoint. */
function unrotatePoint(x: number, y: number, r: Rotation, page: PageBox): [number, number] {
  switch (r) {
    case 0: return [x, y];
    case 90: return [y, page.height - x];
    case 180: return [page.width - x, page.height - y];
    case 270: return [page.width - y, x];
  }
}

/** The page's size on screen at `scale` with the user's extra `rotation`. */
export function displaySize(page: PageBox, scale: number, rotation: Rotation): { width: number; height: number } {
  const turned = normaliseRotation(page.rotate + rotation) % 180 !== 0;
  return { width: (turned ? page.height : page.width) * scale, height: (turned ? page.width : page.height) * scale };
}

/** Where a field's bbox lies on the displayed page, in CSS pixels from the page's top-left corner. */
export function bboxToRect(bbox: BBox, page: PageBox, scale: number, rotation: Rotation): Rect {
  const base = normaliseRotation(page.rotate);
  const shown = normaliseRotation(page.rotate + rotation);
  const corners = [[bbox[0], bbox[1]], [bbox[2], bbox[3]]].map(([x, y]) => {
    const [u, v] = unrotatePoint(x!, y!, base, page);
    const [sx, sy] = rotatePoint(u, v, shown, page);
    return [sx * scale, sy * scale] as const;
  });
  const [a, b] = corners as [readonly [number, number], readonly [number, number]];
  return { left: Math.min(a[0], b[0]), top: Math.min(a[1], b[1]), width: Math.abs(a[0] - b[0]), height: Math.abs(a[1] - b[1]) };
}

/** The unrotated page box of a pdf.js page (`view` is its crop box [x0, y0, x1, y1]). */
export const pageBoxOf = (page: { view: number[]; rotate: number }): PageBox => ({
  width: (page.view[2] ?? 0) - (page.view[0] ?? 0),
  height: (page.view[3] ?? 0) - (page.view[1] ?? 0),
  rotate: page.rotate,
});
