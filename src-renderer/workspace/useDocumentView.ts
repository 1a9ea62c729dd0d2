import { useState } from 'react';
import type { DocumentMeta } from '../../shared/domain/workspace';
import { step } from './field-order';
import { normaliseRotation, type Rotation } from './viewer/geometry';
import type { PageRequest } from './viewer/PdfViewer';
import { useOpenAhead } from './viewer/usePdfDocument';

/**
 * Which document the viewer shows (the first one until another is picked), its page and rotation.
 * Opening one starts pdf.js at once, from the click (its bytes are prefetched).
 */
export function useDocumentView(documents: readonly DocumentMeta[]) {
  const openAhead = useOpenAhead();
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [pageRequest, setPageRequest] = useState<PageRequest | null>(null);
  const [currentPage, setCurrentPage] = useState(1);
  const [rotation, setRotation] = useState<Rotation>(0);
  const activeId = pickedId ?? documents[0]?.id ?? null;

  const open = (documentId: string): void => {
    if (documentId === activeId) return;
    openAhead(documentId);
    setPickedId(documentId);
    setCurrentPage(1);
    setPageRequest(null);
    setRotation(0);
  };
  return {
    activeId,
    open,
    /** `[` / `]`: the previous or next document of the claim. */
    step: (delta: number): void => {
      const next = step(documents, activeId, delta);
      if (next) open(next.id);
    },
    currentPage,
    setCurrentPage,
    pageRequest,
    requestPage: (page: number) => setPageRequest((r) => ({ page, seq: (r?.seq ?? 0) + 1 })),
    rotation,
    rotate: () => setRotation((r) => normaliseRotation(r + 90)),
  };
}
