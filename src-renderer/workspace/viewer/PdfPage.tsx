import type { PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BBox } from '../../../shared/domain/document';
import { reveal } from '../../common/reveal';
import { FieldHighlight } from './FieldHighlight';
import { bboxToRect, displaySize, pageBoxOf, type Rotation } from './geometry';
import { highlightTextDivs, type PageMatch } from './find/highlight-text';
import { useNearViewport } from './useNearViewport';
import { usePageCanvas } from './usePageCanvas';
import { useTextLayer } from './useTextLayer';

interface Props {
  page: PDFPageProxy;
  /** Resolves once the document's first page is drawn: the text layer waits for it. */
  firstPaint: Promise<void>;
  onPainted?: () => void;
  scale: number;
  rotation: Rotation;
  scrollRoot: RefObject<HTMLDivElement | null>;
  /** The selected field's box, when it is on this page. */
  field: { bbox: BBox; seq: number; label: string } | null;
  matches: readonly PageMatch[];
}

/** One page: canvas, selectable text layer, find highlights and the selected field's box. */
export function PdfPage({ page, firstPaint, onPainted, scale, rotation, scrollRoot, field, matches }: Props) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const canvasHost = useRef<HTMLDivElement>(null);
  const textHost = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame, scrollRoot);
  const renderError = usePageCanvas(page, scale, rotation, near, canvasHost, onPainted);
  const [firstPainted, setFirstPainted] = useState(false);
  useEffect(() => {
    let alive = true;
    void firstPaint.then(() => alive && setFirstPainted(true));
    return () => {
      alive = false;
    };
  }, [firstPaint]);
  const text = useTextLayer(page, scale, rotation, near && firstPainted, textHost);
  const box = pageBoxOf(page);
  const size = displaySize(box, scale, rotation);

  useEffect(() => {
    if (!text) return;
    const selected = highlightTextDivs(text.divs, text.strings, matches);
    if (selected) reveal(selected, 'center');
  }, [text, matches]);

  const style = { width: size.width, height: size.height, '--scale-factor': scale, '--total-scale-factor': scale } as CSSProperties;
  return (
    <div ref={frame} className="cd-page" style={style} data-page-number={page.pageNumber}>
      <div ref={canvasHost} className="cd-page-canvas" />
      <div ref={textHost} className="textLayer" />
      {field && <FieldHighlight rect={bboxToRect(field.bbox, box, scale, rotation)} seq={field.seq} label={field.label} />}
      {renderError !== null && <div className="cd-page-error">{t('viewer.pageFailed', { page: page.pageNumber })}</div>}
    </div>
  );
}
