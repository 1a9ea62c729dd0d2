import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useMemo } from 'react';
import { firstPagePainted } from './first-paint';
import type { Rotation } from './geometry';
import { PageThumbnail } from './PageThumbnail';
import { usePdfPages } from './usePdfPages';

interface Props {
  pdf: PDFDocumentProxy;
  currentPage: number;
  /** The viewer's rotation: the thumbnails show the pages turned as they are read. */
  rotation: Rotation;
  onPick: (page: number) => void;
}

/** Thumbnails of the open document's pages, the page being read marked. */
export function PageThumbnails({ pdf, currentPage, rotation, onPick }: Props) {
  const { pages } = usePdfPages(pdf);
  const firstPaint = useMemo(() => firstPagePainted(pdf), [pdf]);
  return (
    <div className="cd-thumbs">
      {pages?.map((p) => (
        <PageThumbnail key={p.pageNumber} page={p} firstPaint={firstPaint} rotation={rotation} active={p.pageNumber === currentPage} onClick={() => onPick(p.pageNumber)} />
      ))}
    </div>
  );
}
