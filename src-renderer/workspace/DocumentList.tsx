import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/domain/workspace';
import { documentTypeLabel } from '../common/labels';

interface Props {
  documents: readonly DocumentMeta[];
  activeId: string | null;
  onPick: (documentId: string) => void;
}

/** The claim's documents by type; `[` and `]` step through them. */
export function DocumentList({ documents, activeId, onPick }: Props) {
  const { t } = useTranslation();
  if (!documents.length) return <div className="cd-muted cd-pad">{t('workspace.noDocuments')}</div>;
  return (
    <ul className="cd-doc-list" data-testid="document-list">
      {documents.map((d) => (
        <li key={d.id}>
          <button
            type="button"
            className={`cd-doc${d.id === activeId ? ' cd-doc-active' : ''}`}
            onClick={() => onPick(d.id)}
            aria-current={d.id === activeId ? 'true' : undefined}
            data-document-id={d.id}
          >
            <FilePdfOutlined className="cd-doc-icon" />
            <span className="cd-doc-text">
              <span className="cd-doc-type">{documentTypeLabel(t, d.documentType)}</span>
              <span className="cd-muted cd-doc-name" title={d.fileName}>{d.fileName}</span>
            </span>
            <span className="cd-muted">{t('workspace.pages', { count: d.pages })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
