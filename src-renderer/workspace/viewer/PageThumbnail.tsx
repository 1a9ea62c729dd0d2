import type { PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useRef } from 'react';
import { displaySize, pageBoxOf } from './geometry';
import { renderPage } from './render-page';
import { useNearViewport } from './useNearViewport';

const WIDTH = 96;

/** A small picture of one page, drawn after the viewer's first page; clicking it scrolls the viewer there. */
export function PageThumbnail({ page, firstPaint, active, onClick }: { page: PDFPageProxy; firstPaint: Promise<void>; active: boolean; onClick: () => void }) {
  const host = useRef<HTMLDivElement>(null);
  const box = pageBoxOf(page);
  const scale = WIDTH / displaySize(box, 1, 0).width;
  const size = displaySize(box, scale, 0);
  const near = useNearViewport(host);
  useEffect(() => {
    if (!near) return;
    let cancel = (): void => undefined;
    let alive = true;
    void firstPaint.then(() => {
      if (!alive) return;
      const render = renderPage(page, scale, 0);
      cancel = render.cancel;
      // A page that cannot be drawn stays blank here; the viewer's page says why.
      render.done.then((canvas) => host.current?.replaceChildren(canvas), () => undefined);
    });
    return () => {
      alive = false;
      cancel();
    };
  }, [page, scale, near, firstPaint]);
  return (
    <button type="button" className={`cd-thumb${active ? ' cd-thumb-active' : ''}`} onClick={onClick} data-testid="page-thumbnail">
      <div ref={host} className="cd-thumb-canvas" style={{ width: size.width, height: size.height }} />
      <span>{page.pageNumber}</span>
    </button>
  );
}
