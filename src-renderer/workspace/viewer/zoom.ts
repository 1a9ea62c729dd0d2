// Zoom steps of the viewer, and fit-width. `fit` follows the pane's width as panels are resized.
export type Zoom = 'fit' | number;

const STEPS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4];
export const MIN_SCALE = STEPS[0]!;
export const MAX_SCALE = STEPS[STEPS.length - 1]!;

export function zoomIn(scale: number): number {
  return STEPS.find((s) => s > scale + 0.001) ?? MAX_SCALE;
}

export function zoomOut(scale: number): number {
  return [...STEPS].reverse().find((s) => s < scale - 0.001) ?? MIN_SCALE;
}

/** The scale at which the widest page fills `available` CSS pixels. */
export function fitWidthScale(available: number, widestPage: number): number {
  if (available <= 0 || widestPage <= 0) return 1;
  return Math.min(MAX_SCALE, Math.max(0.25, available / widestPage));
}
