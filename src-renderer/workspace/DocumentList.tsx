import { FilePdfOutlined, FileProtectOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, NoticeMeta } from '../../shared/domain/workspace';
import { documentTypeLabel } from '../common/labels';
import { noticeDocumentId } from './shared/document-bytes';

interface Props {
  documents: readonly DocumentMeta[];
  /** Decision notices kept beside the claim, listed after its documents. */
  notices: readonly NoticeMeta[];
  activeId: string | null;
  onPick: (documentId: string) => void;
}

interface ItemProps { id: string; activeId: string | null; onPick: (id: string) => void; icon: ReactNode; title: string; name: string; extra: string }

function Item({ id, activeId, onPick, icon, title, name, extra }: ItemProps) {
  return (
    <li>
      <button type="button" className={`cd-doc${id === activeId ? ' cd-doc-active' : ''}`} onClick={() => onPick(id)}
        aria-current={id === activeId ? 'true' : undefined} data-document-id={id}>
        {icon}
        <span className="cd-doc-text">
          <span className="cd-doc-type">{title}</span>
          <span className="cd-muted cd-doc-name" title={name}>{name}</span>
        </span>
        <span className="cd-muted">{extra}</span>
      </button>
    </li>
  );
}

/** The claim's documents by type, then its decision notices; `[` and `]` step through the documents. */
export function DocumentList({ documents, notices, activeId, onPick }: Props) {
  const { t } = useTranslation();
  if (!documents.length && !notices.length) return <div className="cd-muted cd-pad">{t('workspace.noDocuments')}</div>;
  return (
    <ul className="cd-doc-list" data-testid="document-list">
      {documents.map((d) => (
        <Item key={d.id} id={d.id} activeId={activeId} onPick={onPick} icon={<FilePdfOutlined className="cd-doc-icon" />}
          title={documentTypeLabel(t, d.documentType)} name={d.fileName} extra={t('workspace.pages', { count: d.pages })} />
      ))}
      {notices.map((n) => (
        <Item key={`${n.decisionId}-${n.language}`} id={noticeDocumentId(n.decisionId, n.language)} activeId={activeId} onPick={onPick}
          icon={<FileProtectOutlined className="cd-doc-icon" />} title={t('decision.noticeTitle')} name={n.fileName} extra={n.language === 'en' ? 'EN' : '中'} />
      ))}
    </ul>
  );
}
