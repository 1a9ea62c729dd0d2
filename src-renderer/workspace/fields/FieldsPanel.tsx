import { Empty } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrossCheckWarning } from '../../../shared/claim-case/cross-checks';
import type { DocumentMeta, Field } from '../../../shared/domain/workspace';
import { reveal } from '../../common/reveal';
import { documentTypeLabel } from '../../common/labels';
import { ReviewLoopBar } from '../review/ReviewLoopBar';
import type { ReviewLoop } from '../review/useReviewLoop';
import { CrossCheckAlerts } from './CrossCheckAlerts';
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
  /** Cross-document checks that fail, shown on top with links to their fields. */
  warnings: readonly CrossCheckWarning[];
  review: ReviewLoop;
}

/**
 * The fields read from the claim's documents, grouped by document in the order they were filed; above
 * them the confirmation loop and the cross-document warnings.
 */
export function FieldsPanel({ documents, activeDocumentId, fieldsByDocument, selectedId, confirmingId, onSelect, onEdit, onConfirm, warnings, review }: Props) {
  const { t } = useTranslation();
  const rows = useRef(new Map<string, HTMLDivElement>());
  const groups = useRef(new Map<string, HTMLElement>());
  const fieldsById = useMemo(() => new Map([...fieldsByDocument.values()].flat().map((f) => [f.id, f])), [fieldsByDocument]);
  const open = [...fieldsById.values()].filter((f) => f.status === 'extracted').length;

  // Declared before the row's effect, so a selected field in another document ends up in view. A
  // document just imported opens before its fields are read: its group is shown again once they are.
  const activeFieldCount = activeDocumentId ? fieldsByDocument.get(activeDocumentId)?.length ?? 0 : 0;
  useEffect(() => {
    const group = activeDocumentId ? groups.current.get(activeDocumentId) : undefined;
    if (group) reveal(group, 'start');
  }, [activeDocumentId, activeFieldCount]);

  useEffect(() => {
    const row = selectedId ? rows.current.get(selectedId) : undefined;
    if (row) reveal(row, 'nearest');
  }, [selectedId]);

  if (![...fieldsByDocument.values()].some((list) => list.length)) return <Empty description={t('fields.noFieldsAtAll')} style={{ marginTop: 48 }} />;
  return (
    <div className={`cd-fields${review.active ? ' cd-fields-reviewing' : ''}`} data-testid="fields-panel">
      <ReviewLoopBar loop={review} open={open} />
      <CrossCheckAlerts warnings={warnings} documents={documents} fieldsById={fieldsById} onSelect={onSelect} />
      <div className="cd-fields-list" role="listbox" aria-label={t('workspace.tabs.fields')}>
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
    </div>
  );
}
