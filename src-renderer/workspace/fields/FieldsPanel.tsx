import { Empty } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, Field } from '../../../shared/domain/workspace';
import { reveal } from '../../common/reveal';
import { documentTypeLabel } from '../../common/labels';
import { FieldRow } from './FieldRow';

interface Props {
  documents: readonly DocumentMeta[];
  /** The document open in the viewer: its group scrolls into view when it changes. */
  activeDocumentId: string | null;
  fieldsByDocument: ReadonlyMap<string, readonly Field[]>;
  selectedId: string | null;
  confirmingId: string | null;
  onSelect: (field: Field) => void;
  onEdit: (field: Field) => void;
  onConfirm: (field: Field) => void;
}

/** The fields read from the claim's documents, grouped by document in the order they were filed. */
export function FieldsPanel({ documents, activeDocumentId, fieldsByDocument, selectedId, confirmingId, onSelect, onEdit, onConfirm }: Props) {
  const { t } = useTranslation();
  const rows = useRef(new Map<string, HTMLDivElement>());
  const groups = useRef(new Map<string, HTMLElement>());

  // Declared before the row's effect, so a selected field in another document ends up in view.
  useEffect(() => {
    const group = activeDocumentId ? groups.current.get(activeDocumentId) : undefined;
    if (group) reveal(group, 'start');
  }, [activeDocumentId]);

  useEffect(() => {
    const row = selectedId ? rows.current.get(selectedId) : undefined;
    if (row) reveal(row, 'nearest');
  }, [selectedId]);

  if (![...fieldsByDocument.values()].some((list) => list.length)) return <Empty description={t('fields.noFieldsAtAll')} style={{ marginTop: 48 }} />;
  return (
    <div className="cd-fields" role="listbox" aria-label={t('workspace.tabs.fields')} data-testid="fields-panel">
      {documents.map((doc) => {
        const fields = fieldsByDocument.get(doc.id) ?? [];
        return (
          <section
            key={doc.id}
            className="cd-field-group"
            ref={(el) => {
              if (el) groups.current.set(doc.id, el);
              else groups.current.delete(doc.id);
            }}
          >
            <header className="cd-field-group-title">
              <span>{documentTypeLabel(t, doc.documentType)}</span>
              <span className="cd-muted" title={doc.fileName}>{doc.fileName}</span>
            </header>
            {fields.length === 0 && <div className="cd-muted cd-pad">{t('fields.noFields')}</div>}
            {fields.map((f) => (
              <FieldRow
                key={f.id}
                ref={(el) => {
                  if (el) rows.current.set(f.id, el);
                  else rows.current.delete(f.id);
                }}
                field={f}
                selected={f.id === selectedId}
                confirming={f.id === confirmingId}
                onSelect={() => onSelect(f)}
                onEdit={() => onEdit(f)}
                onConfirm={() => onConfirm(f)}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}
