import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, NoticeMeta } from '../../shared/domain/workspace';
import { DocumentList } from './DocumentList';
import { ImportButton } from './import/ImportButton';
import { ImportProgressItem } from './import/ImportProgressItem';
import { pickPdfs } from './import/read-files';
import { useDocumentImports } from './import/useDocumentImports';
import { useFileDrop } from './import/useFileDrop';
import { DocumentThumbnails } from './viewer/DocumentThumbnails';
import type { Rotation } from './viewer/geometry';
import type { PdfOpening } from './viewer/pdf-opening';

interface Props {
  claimId: string;
  documents: readonly DocumentMeta[];
  notices: readonly NoticeMeta[];
  /** The user may attach documents to the claim now (the workflow says who and when). */
  canImport: boolean;
  activeId: string | null;
  onPickDocument: (documentId: string) => void;
  pdf: PdfOpening;
  currentPage: number;
  rotation: Rotation;
  onPickPage: (page: number) => void;
}

/** Left pane: the documents (PDFs dropped on them, or picked, are imported), and page thumbnails of the one open. */
export function DocumentPane({ claimId, documents, notices, canImport, activeId, onPickDocument, pdf, currentPage, rotation, onPickPage }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { imports, importFiles, readAgain, dismiss } = useDocumentImports(claimId, onPickDocument);
  const importPdfs = (files: File[]): void => {
    const { pdfs, others } = pickPdfs(files);
    if (others.length) void message.warning(t('importing.notPdf', { names: others.join('、') }));
    if (pdfs.length) void importFiles(pdfs);
  };
  const drop = useFileDrop(importPdfs);

  return (
    <div className="cd-pane">
      <section className={`cd-drop${drop.over ? ' cd-drop-over' : ''}`} {...(canImport ? drop.handlers : {})} data-testid="document-drop">
        <div className="cd-pane-title cd-pane-title-row">
          <span>{t('workspace.documents')}</span>
          {canImport && <ImportButton onFiles={importPdfs} />}
        </div>
        <DocumentList documents={documents} notices={notices} activeId={activeId} onPick={onPickDocument} />
        {imports.length > 0 && (
          <div className="cd-imports">
            {imports.map((item) => (
              <ImportProgressItem key={item.key} item={item} onReadAgain={(password) => void readAgain(item.key, password)} onDismiss={() => dismiss(item.key)} />
            ))}
          </div>
        )}
        {drop.over && <div className="cd-drop-hint">{t('importing.dropHint')}</div>}
      </section>
      <DocumentThumbnails opening={pdf} currentPage={currentPage} rotation={rotation} onPick={onPickPage} />
    </div>
  );
}
