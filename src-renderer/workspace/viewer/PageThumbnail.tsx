import type { PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useRef } from 'react';
import { displaySize, pageBoxOf, type Rotation } from './geometry';
import { renderPage } from './render-page';
import { useNearViewport } from './useNearViewport';

const WIDTH = 96;

interface Props {
  page: PDFPageProxy;
  firstPaint: Promise<void>;
  rotation: Rotation;
  active: boolean;
  onClick: () => void;
}

/** A small picture of one page, turned as the viewer shows it, drawn after the viewer's first page; clicking it scrolls the viewer there. */
export function PageThumbnail({ page, firstPaint, rotation, active, onClick }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const box = pageBoxOf(page);
  // Always WIDTH wide: a page turned on its side is shorter, not wider.
  const scale = WIDTH / displaySize(box, 1, rotation).width;
  const size = displaySize(box, scale, rotation);
  const near = useNearViewport(host);
  useEffect(() => {
    if (!near) return;
    let cancel = (): void => undefined;
    let alive = true;
    void firstPaint.then(() => {
      if (!alive) return;
      const render = renderPage(page, scale, rotation);
      cancel = render.cancel;
      // A page that cannot be drawn stays blank here; the viewer's page says why.
      render.done.then((canvas) => host.current?.replaceChildren(canvas), () => undefined);
    });
    return () => {
      alive = false;
      cancel();
    };
  }, [page, scale, rotation, near, firstPaint]);
  return (
    <button type="button" className={`cd-thumb${active ? ' cd-thumb-active' : ''}`} onClick={onClick} data-testid="page-thumbnail" data-rotation={rotation}>
      <div ref={host} className="cd-thumb-canvas" style={{ width: size.width, height: size.height }} />
      <span>{page.pageNumber}</span>
    </button>
  );
}
