import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { queryKeys } from '../../common/query-keys';
import { documentBytesQuery } from '../shared/document-bytes';
import { classifyPdfError } from './classify-pdf-error';
import { holdOpening, openingOf, type PdfOpening } from './pdf-opening';
import type { PdfState } from './pdf-state';

/** An opening that stays in one state: the bytes are on their way, or could not be had. */
function fixed(state: PdfState): PdfOpening {
  return { getState: () => state, subscribe: () => () => undefined };
}
const WAITING = fixed({ kind: 'loading' });

/**
 * A claim document (or a decision notice) opened with pdf.js: its bytes come through the contract,
 * a password-protected file asks for its password (again after a wrong one), and a damaged file
 * ends in an error state instead of an exception. The opening is the same object for as long as the
 * document is open; read its state with usePdfState where it is shown.
 */
export function usePdfDocument(documentId: string | null): PdfOpening {
  const content = useQuery({ ...documentBytesQuery(documentId ?? ''), enabled: documentId !== null });
  const bytes = content.data?.bytes;
  useEffect(() => (bytes && documentId ? holdOpening(bytes, documentId) : undefined), [bytes, documentId]);
  const failed = useMemo(() => (content.isError ? fixed({ kind: 'error', problem: classifyPdfError(content.error), error: content.error }) : null),
    [content.isError, content.error]);
  if (failed) return failed;
  return bytes && documentId ? openingOf(bytes, documentId) : WAITING;
}

/** Where opening the document stands; only the component reading it re-renders as it changes. */
export function usePdfState(opening: PdfOpening): PdfState {
  return useSyncExternalStore(opening.subscribe, opening.getState);
}

/**
 * Starts opening a document whose bytes are already here (prefetched), from the click that picks it:
 * pdf.js parses in its worker while React renders the switch.
 */
export function useOpenAhead(): (documentId: string) => void {
  const client = useQueryClient();
  return useCallback((documentId: string) => {
    const bytes = client.getQueryData<{ bytes: Uint8Array }>(queryKeys.document(documentId))?.bytes;
    if (bytes) openingOf(bytes, documentId);
  }, [client]);
}
