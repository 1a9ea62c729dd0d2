import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useMemo } from 'react';
import { firstPagePainted } from './first-paint';
import { PageThumbnail } from './PageThumbnail';
import { usePdfPages } from './usePdfPages';

/** Thumbnails of the open document's pages, the page being read marked. */
export function PageThumbnails({ pdf, currentPage, onPick }: { pdf: PDFDocumentProxy; currentPage: number; onPick: (page: number) => void }) {
  const { pages } = usePdfPages(pdf);
  const firstPaint = useMemo(() => firstPagePainted(pdf), [pdf]);
  return (
    <div className="cd-thumbs">
      {pages?.map((p) => (
        <PageThumbnail key={p.pageNumber} page={p} firstPaint={firstPaint} active={p.pageNumber === currentPage} onClick={() => onPick(p.pageNumber)} />
      ))}
    </div>
  );
}
