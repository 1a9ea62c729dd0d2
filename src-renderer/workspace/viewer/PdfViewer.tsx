import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BBox } from '../../../shared/domain/document';
import { reveal, type RevealAlign } from '../../common/reveal';
import { classifyPdfError } from './classify-pdf-error';
import { FindBar } from './find/FindBar';
import { firstPagePainted, markFirstPagePainted } from './first-paint';
import { useFind } from './find/useFind';
import { displaySize, pageBoxOf, type Rotation } from './geometry';
import { PdfPage } from './PdfPage';
import { PdfProblem } from './PdfProblem';
import { usePdfPages } from './usePdfPages';
import { useElementWidth } from './useElementWidth';
import { ViewerToolbar } from './ViewerToolbar';
import { fitWidthScale, zoomIn, zoomOut, type Zoom } from './zoom';

export interface PageRequest { page: number; seq: number }
export interface FieldMark { page: number; bbox: BBox; seq: number; label: string }

interface Props {
  pdf: PDFDocumentProxy;
  /** Scroll to this page (a thumbnail was clicked); `seq` makes a repeated request count. */
  pageRequest: PageRequest | null;
  /** The selected field, drawn (and scrolled to) on its page. */
  field: FieldMark | null;
  /** The user's rotation, kept by the workspace so the thumbnails turn with the pages. */
  rotation: Rotation;
  onRotate: () => void;
  onPageChange: (page: number) => void;
}

const PAGE_GAP = 16;

function revealPage(root: HTMLElement | null, page: number, align: RevealAlign): void {
  const el = root?.querySelector<HTMLElement>(`[data-page-number="${page}"]`);
  if (el) reveal(el, align);
}

/** Which page crosses the middle of the pane: the page the user is reading. */
function readingPage(root: HTMLElement): number {
  const line = root.scrollTop + root.clientHeight / 2;
  let page = 1;
  for (const el of root.querySelectorAll<HTMLElement>('[data-page-number]')) {
    if (el.offsetTop <= line) page = Number(el.dataset.pageNumber);
  }
  return page;
}

/** pdf.js pages in a scrolling column: zoom, fit width, rotate, page navigation, find. */
export function PdfViewer({ pdf, pageRequest, field, rotation, onRotate, onPageChange }: Props) {
  const { pages, error } = usePdfPages(pdf);
  const scroller = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scroller);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [page, setPage] = useState(1);
  const [finding, setFinding] = useState(false);
  const find = useFind(pdf);
  const firstPaint = useMemo(() => firstPagePainted(pdf), [pdf]);
  const onFirstPage = useCallback(() => markFirstPagePainted(pdf), [pdf]);

  const widest = pages ? Math.max(...pages.map((p) => displaySize(pageBoxOf(p), 1, rotation).width)) : 0;
  const scale = zoom === 'fit' ? fitWidthScale(width - 2 * PAGE_GAP, widest) : zoom;

  const goTo = (n: number): void => {
    const target = Math.min(Math.max(1, n), pdf.numPages);
    revealPage(scroller.current, target, 'start');
  };

  useEffect(() => {
    if (pageRequest && pages) revealPage(scroller.current, pageRequest.page, 'start');
  }, [pageRequest, pages]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        setFinding(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const current = find.matches[find.current];
  useEffect(() => {
    // Bring the match's page near first: its text layer renders lazily, then centres the match itself.
    if (current && pages) revealPage(scroller.current, current.page, 'nearest');
  }, [current, pages]);

  return (
    <div className="cd-viewer">
      <ViewerToolbar
        page={page}
        pageCount={pdf.numPages}
        onPage={goTo}
        scale={scale}
        fit={zoom === 'fit'}
        onZoomIn={() => setZoom(zoomIn(scale))}
        onZoomOut={() => setZoom(zoomOut(scale))}
        onFitWidth={() => setZoom('fit')}
        onRotate={onRotate}
        onFind={() => setFinding((f) => !f)}
      >
        {finding && <FindBar find={find} onClose={() => { setFinding(false); find.setQuery(''); }} />}
      </ViewerToolbar>
      <div
        ref={scroller}
        className="cd-viewer-pages"
        data-testid="pdf-pages"
        onScroll={(e) => {
          const n = readingPage(e.currentTarget);
          if (n !== page) {
            setPage(n);
            onPageChange(n);
          }
        }}
      >
        {error !== null && <PdfProblem problem={classifyPdfError(error)} error={error} />}
        {pages?.map((p) => (
          <PdfPage
            key={p.pageNumber}
            page={p}
            firstPaint={firstPaint}
            onPainted={p.pageNumber === 1 ? onFirstPage : undefined}
            scale={scale}
            rotation={rotation}
            scrollRoot={scroller}
            field={field && field.page === p.pageNumber ? field : null}
            matches={find.byPage(p.pageNumber)}
          />
        ))}
      </div>
    </div>
  );
}
