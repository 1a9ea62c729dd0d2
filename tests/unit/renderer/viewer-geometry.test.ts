import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bboxToRect, displaySize, normaliseRotation, type PageBox, type Rotation } from '../../../src-renderer/workspace/viewer/geometry';

const A4: PageBox = { width: 595, height: 842, rotate: 0 };

describe('field highlight geometry', () => {
  it('scales an unrotated box', () => {
    expect(bboxToRect([100, 200, 300, 220], A4, 1.5, 0)).toEqual({ left: 150, top: 300, width: 300, height: 30 });
  });

  it('turns a box with the page when the user rotates it clockwise', () => {
    // A box near the top-left corner ends up near the top-right corner after 90°.
    expect(bboxToRect([10, 20, 110, 40], A4, 1, 90)).toEqual({ left: 842 - 40, top: 10, width: 20, height: 100 });
    expect(bboxToRect([10, 20, 110, 40], A4, 1, 180)).toEqual({ left: 595 - 110, top: 842 - 40, width: 100, height: 20 });
    expect(bboxToRect([10, 20, 110, 40], A4, 1, 270)).toEqual({ left: 20, top: 595 - 110, width: 20, height: 100 });
  });

  it('reads the bbox in the page\'s own rotation (landscape scans with /Rotate 90)', () => {
    const scan: PageBox = { width: 595, height: 842, rotate: 90 };
    // Displayed as the PDF rotates it (842 wide), with no rotation by the user, the box is where it says.
    expect(displaySize(scan, 1, 0)).toEqual({ width: 842, height: 595 });
    expect(bboxToRect([10, 20, 110, 40], scan, 2, 0)).toEqual({ left: 20, top: 40, width: 200, height: 40 });
  });

  it('normalises rotations to quarter turns', () => {
    expect([0, 90, 360, 450, -90, 270 + 360].map(normaliseRotation)).toEqual([0, 90, 0, 90, 270, 270]);
  });

  const page = fc.record({ width: fc.integer({ min: 100, max: 2000 }), height: fc.integer({ min: 100, max: 2000 }), rotate: fc.constantFrom(0, 90, 180, 270) });
  const rotation = fc.constantFrom<Rotation>(0, 90, 180, 270);

  it('keeps every box inside the displayed page, the same size up to the turn', () => {
    fc.assert(fc.property(page, rotation, fc.double({ min: 0.25, max: 4, noNaN: true }), fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
      (p, r, scale, [a, b, c, d]) => {
        const shown = displaySize(p, 1, 0);
        const bbox = [Math.min(a, c) * shown.width, Math.min(b, d) * shown.height, Math.max(a, c) * shown.width, Math.max(b, d) * shown.height] as const;
        const rect = bboxToRect([...bbox], p, scale, r);
        const size = displaySize(p, scale, r);
        const eps = 1e-6;
        expect(rect.left).toBeGreaterThanOrEqual(-eps);
        expect(rect.top).toBeGreaterThanOrEqual(-eps);
        expect(rect.left + rect.width).toBeLessThanOrEqual(size.width + eps);
        expect(rect.top + rect.height).toBeLessThanOrEqual(size.height + eps);
        const w = (bbox[2] - bbox[0]) * scale;
        const h = (bbox[3] - bbox[1]) * scale;
        const [rw, rh] = r % 180 === 0 ? [w, h] : [h, w];
        expect(rect.width).toBeCloseTo(rw, 6);
        expect(rect.height).toBeCloseTo(rh, 6);
      }));
  });

  it('comes back to the same place after four quarter turns', () => {
    fc.assert(fc.property(page, (p) => {
      expect(bboxToRect([5, 6, 50, 60], p, 1, normaliseRotation(360))).toEqual(bboxToRect([5, 6, 50, 60], p, 1, 0));
    }));
  });
});
