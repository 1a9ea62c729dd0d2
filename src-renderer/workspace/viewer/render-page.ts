import { RenderingCancelledException, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import type { Rotation } from './geometry';

export interface PageRender {
  /** Resolves with a finished canvas (sized in CSS pixels, drawn at device resolution). */
  done: Promise<HTMLCanvasElement>;
  cancel: () => void;
}

/**
 * Draws a page into a fresh canvas. A new canvas per render means a zoom or rotation never races the
 * previous drawing on the same canvas, and the old picture stays up until the new one is ready.
 */
export function renderPage(page: PDFPageProxy, scale: number, rotation: Rotation): PageRender {
  const viewport = page.getViewport({ scale, rotation: (page.rotate + rotation) % 360 });
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${viewport.width}px`;
  canvas.style.height = `${viewport.height}px`;
  const task: RenderTask = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
  return { done: task.promise.then(() => canvas), cancel: () => task.cancel() };
}

export const isCancelled = (error: unknown): boolean => error instanceof RenderingCancelledException;
