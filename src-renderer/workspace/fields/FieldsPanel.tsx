import { Alert, Empty } from 'antd';
import { memo, useEffect, useMemo, useRef } from 'react';
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
  /** Keys of the warnings someone acknowledged. */
  acknowledged: readonly string[];
  onAcknowledge: (warning: CrossCheckWarning) => void;
  review: ReviewLoop;
  /** How many fields may be confirmed together now, and the way to list them. */
  bulkCount: number;
  onBulk: () => void;
  /** Why the fields cannot be reviewed by this user now (null: they can). */
  readOnly: string | null;
}

/** The element of the list marked with `attribute="value"`. */
const find = (list: HTMLElement | null, attribute: string, value: string | null): HTMLElement | null =>
  value && list ? list.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(value)}"]`) : null;

/**
 * The fields read from the claim's documents, grouped by document in the order they were filed; above
 * them the confirmation loop and the cross-document warnings. Memoised (as are its rows): switching
 * documents must not render every field again before the viewer gets to draw.
 */
export const FieldsPanel = memo(function FieldsPanel({
  documents, activeDocumentId, fieldsByDocument, selectedId, confirmingId, onSelect, onEdit, onConfirm, warnings, acknowledged, onAcknowledge, review, bulkCount,
  onBulk, readOnly,
}: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const fieldsById = useMemo(() => new Map([...fieldsByDocument.values()].flat().map((f) => [f.id, f])), [fieldsByDocument]);
  const open = [...fieldsById.values()].filter((f) => f.status === 'extracted').length;

  // Declared before the row's effect, so a selected field in another document ends up in view. A
  // document just imported opens before its fields are read: its group is shown again once they are.
  const activeFieldCount = activeDocumentId ? fieldsByDocument.get(activeDocumentId)?.length ?? 0 : 0;
  useEffect(() => {
    const group = find(list.current, 'data-group-id', activeDocumentId);
    if (group) reveal(group, 'start');
  }, [activeDocumentId, activeFieldCount]);

  useEffect(() => {
    const row = find(list.current, 'data-field-id', selectedId);
    if (row) reveal(row, 'nearest');
  }, [selectedId]);

  if (![...fieldsByDocument.values()].some((list) => list.length)) return <Empty description={t('fields.noFieldsAtAll')} style={{ marginTop: 48 }} />;
  return (
    <div className={`cd-fields${review.active ? ' cd-fields-reviewing' : ''}`} data-testid="fields-panel">
      {readOnly
        ? <Alert type="info" showIcon className="cd-read-only" title={readOnly} data-testid="fields-read-only" />
        : <ReviewLoopBar loop={review} open={open} bulkCount={bulkCount} onBulk={onBulk} />}
      <CrossCheckAlerts warnings={warnings} acknowledged={acknowledged} onAcknowledge={readOnly === null ? onAcknowledge : null} documents={documents} fieldsById={fieldsById} onSelect={onSelect} />
      <div ref={list} className="cd-fields-list" role="listbox" aria-label={t('workspace.tabs.fields')}>
        {documents.map((doc) => {
          const fields = fieldsByDocument.get(doc.id) ?? [];
          return (
            <section key={doc.id} className="cd-field-group" data-group-id={doc.id}>
              <header className="cd-field-group-title">
                <span>{documentTypeLabel(t, doc.documentType)}</span>
                <span className="cd-muted" title={doc.fileName}>{doc.fileName}</span>
              </header>
              {fields.length === 0 && <div className="cd-muted cd-pad">{t('fields.noFields')}</div>}
              {fields.map((f) => (
                <FieldRow
                  key={f.id}
                  field={f}
                  selected={f.id === selectedId}
                  confirming={f.id === confirmingId}
                  onSelect={onSelect}
                  onEdit={onEdit}
                  onConfirm={onConfirm}
                  editable={readOnly === null}
                />
              ))}
            </section>
          );
        })}
      </div>
    </div>
  );
});
