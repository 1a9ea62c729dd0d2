import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/domain/workspace';
import { DocumentList } from './DocumentList';
import { PageThumbnails } from './viewer/PageThumbnails';
import type { PdfState } from './viewer/pdf-state';

interface Props {
  documents: readonly DocumentMeta[];
  activeId: string | null;
  onPickDocument: (documentId: string) => void;
  pdf: PdfState;
  currentPage: number;
  onPickPage: (page: number) => void;
}

/** Left pane: the documents, and page thumbnails of the one open. */
export function DocumentPane({ documents, activeId, onPickDocument, pdf, currentPage, onPickPage }: Props) {
  const { t } = useTranslation();
  return (
    <div className="cd-pane">
      <div className="cd-pane-title">{t('workspace.documents')}</div>
      <DocumentList documents={documents} activeId={activeId} onPick={onPickDocument} />
      {pdf.kind === 'ready' && (
        <>
          <div className="cd-pane-title">{t('workspace.thumbnails')}</div>
          <PageThumbnails pdf={pdf.pdf} currentPage={currentPage} onPick={onPickPage} />
        </>
      )}
    </div>
  );
}
