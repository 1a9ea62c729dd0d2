import { api } from '../../api';
import { queryKeys } from '../../common/query-keys';

// The bytes the viewer shows, by the id it opens: a claim document (documents.content), or a decision
// notice, which main makes once per decision and language and keeps beside the claim (notice.create).

const NOTICE = /^notice:(.+):(zh-CN|en)$/;

export const noticeDocumentId = (decisionId: string, language: 'zh-CN' | 'en'): string => `notice:${decisionId}:${language}`;

export function parseNoticeId(id: string): { decisionId: string; language: 'zh-CN' | 'en' } | null {
  const m = NOTICE.exec(id);
  return m ? { decisionId: m[1]!, language: m[2] as 'zh-CN' | 'en' } : null;
}

/** The query of one document's bytes, shared by the prefetch and the viewer so they read one cache entry. */
export const documentBytesQuery = (documentId: string) => ({
  queryKey: queryKeys.document(documentId),
  queryFn: (): Promise<{ sha256: string; bytes: Uint8Array }> => {
    const notice = parseNoticeId(documentId);
    return notice ? api['notice.create'](notice) : api['documents.content']({ documentId });
  },
  gcTime: 5 * 60_000,
});
