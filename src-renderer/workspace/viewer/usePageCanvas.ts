import type { PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useState, type RefObject } from 'react';
import type { Rotation } from './geometry';
import { isCancelled, renderPage } from './render-page';

/**
 * Renders the page into `host` whenever it is near the viewport and the zoom or rotation changes;
 * `onPainted` hears of each finished drawing.
 */
export function usePageCanvas(page: PDFPageProxy, scale: number, rotation: Rotation, enabled: boolean, host: RefObject<HTMLElement | null>,
  onPainted?: () => void): unknown {
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!enabled) return;
    const render = renderPage(page, scale, rotation);
    render.done.then(
      (canvas) => {
        host.current?.replaceChildren(canvas);
        setError(null);
        onPainted?.();
      },
      (e: unknown) => !isCancelled(e) && setError(e),
    );
    return render.cancel;
  }, [page, scale, rotation, enabled, host, onPainted]);
  return error;
}
