import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { documentBytesQuery } from './shared/document-bytes';

/**
 * Fetches the bytes of a claim's documents as soon as the claim is open, one after another, so that
 * picking a document only has to parse and paint it. The viewer's own query reads the same cache entry.
 */
export function usePrefetchDocuments(documentIds: readonly string[]): void {
  const client = useQueryClient();
  const key = documentIds.join(',');
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      for (const documentId of key ? key.split(',') : []) {
        if (cancelled) return;
        await client.prefetchQuery(documentBytesQuery(documentId));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, key]);
}
