import { useQuery } from '@tanstack/react-query';
import { PasswordResponses } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { queryKeys } from '../../common/query-keys';
import { classifyPdfError } from './classify-pdf-error';
import { openPdf } from './pdfjs';
import type { PdfState } from './pdf-state';

/**
 * A claim document opened with pdf.js: its bytes come through the contract (`documents.content`),
 * a password-protected file asks for its password (again after a wrong one), and a damaged file
 * ends in an error state instead of an exception.
 */
export function usePdfDocument(documentId: string | null): PdfState {
  const content = useQuery({
    queryKey: queryKeys.document(documentId ?? ''),
    queryFn: () => api['documents.content']({ documentId: documentId! }),
    enabled: documentId !== null,
    gcTime: 5 * 60_000,
  });
  const bytes = content.data?.bytes;
  // The state remembers which bytes it describes, so a switch to another document never shows (or
  // renders from) the previous, already destroyed one.
  const [opened, setOpened] = useState<{ bytes: Uint8Array; state: PdfState } | null>(null);

  useEffect(() => {
    if (!bytes) return;
    let alive = true;
    const setState = (state: PdfState): void => setOpened({ bytes, state });
    setState({ kind: 'loading' });
    const task = openPdf(bytes);
    task.onPassword = (update: (password: string) => void, reason: number) => {
      if (!alive) return;
      setState({
        kind: 'password',
        wrong: reason === PasswordResponses.INCORRECT_PASSWORD,
        submit: (password) => {
          setState({ kind: 'loading' });
          update(password);
        },
      });
    };
    task.promise.then(
      (pdf) => alive && setState({ kind: 'ready', pdf }),
      (error: unknown) => alive && setState({ kind: 'error', problem: classifyPdfError(error), error }),
    );
    return () => {
      alive = false;
      void task.destroy();
    };
  }, [bytes]);

  if (content.isError) return { kind: 'error', problem: classifyPdfError(content.error), error: content.error };
  return bytes && opened?.bytes === bytes ? opened.state : { kind: 'loading' };
}
