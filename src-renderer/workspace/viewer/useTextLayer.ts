import { TextLayer, type PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useState, type RefObject } from 'react';
import type { Rotation } from './geometry';

export interface RenderedText { divs: HTMLElement[]; strings: string[] }

/**
 * pdf.js's text layer over the canvas, so the text is selectable and copyable; find highlights are
 * drawn into its spans. Rebuilt when zoom or rotation change.
 */
export function useTextLayer(page: PDFPageProxy, scale: number, rotation: Rotation, enabled: boolean, host: RefObject<HTMLDivElement | null>): RenderedText | null {
  const [rendered, setRendered] = useState<RenderedText | null>(null);
  useEffect(() => {
    const container = host.current;
    if (!enabled || !container) return;
    const viewport = page.getViewport({ scale, rotation: (page.rotate + rotation) % 360 });
    container.replaceChildren();
    const layer = new TextLayer({ textContentSource: page.streamTextContent(), container, viewport });
    let alive = true;
    layer.render().then(
      () => alive && setRendered({ divs: layer.textDivs, strings: layer.textContentItemsStr }),
      () => undefined, // cancelled, or a page without usable text: the canvas still shows it
    );
    return () => {
      alive = false;
      layer.cancel();
    };
  }, [page, scale, rotation, enabled, host]);
  return rendered;
}
