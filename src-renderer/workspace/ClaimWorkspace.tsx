import { App, Spin, Splitter, Tabs, Tooltip } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crossCheck } from '../../shared/claim-case/cross-checks';
import type { Field } from '../../shared/domain/workspace';
import { describeError } from '../common/describe-error';
import { ErrorAlert } from '../common/ErrorAlert';
import { fieldKeyLabel } from '../common/labels';
import { PanelBoundary } from '../common/PanelBoundary';
import { useLatestCallback } from '../common/useLatestCallback';
import { AuditDrawer } from './audit/AuditDrawer';
import { ClaimHeader } from './ClaimHeader';
import { DocumentPane } from './DocumentPane';
import { groupFields, step } from './field-order';
import { FieldEditor } from './fields/FieldEditor';
import { FieldsPanel } from './fields/FieldsPanel';
import { useFieldMutations } from './fields/useFieldMutations';
import { PathwayPanel } from './pathway/PathwayPanel';
import { PayoutPanel } from './payout/PayoutPanel';
import { useReviewLoop } from './review/useReviewLoop';
import { useClaim } from './useClaim';
import { useWorkspaceKeys } from './useWorkspaceKeys';
import { useWorkspaceSplit } from './useWorkspaceSplit';
import { DocumentViewer } from './viewer/DocumentViewer';
import { normaliseRotation, type Rotation } from './viewer/geometry';
import type { PageRequest } from './viewer/PdfViewer';
import { useOpenAhead, usePdfDocument } from './viewer/usePdfDocument';

const LATER_TABS = ['decision'] as const;

/** The claim workspace: header; documents | viewer | fields, side by side; the audit log in a drawer. */
export function ClaimWorkspace({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const claim = useClaim(claimId);
  const { update, confirm } = useFieldMutations(claimId);
  const [split, rememberSplit] = useWorkspaceSplit();
  const [pickedDocId, setPickedDocId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selectSeq, setSelectSeq] = useState(0);
  const [pageRequest, setPageRequest] = useState<PageRequest | null>(null);
  const [currentPage, setCurrentPage] = useState(1);
  const [rotation, setRotation] = useState<Rotation>(0);
  const [editingId, setEditingId] = useState<string | null>(null);
  /** What was typed to open the editor from the confirmation loop (null: opened to edit the value). */
  const [typed, setTyped] = useState<string | null>(null);
  const [auditOpen, setAuditOpen] = useState(false);
  const [sideTab, setSideTab] = useState('fields');

  const detail = claim.data;
  const documents = useMemo(() => detail?.documents ?? [], [detail]);
  const byDocument = useMemo(() => groupFields(documents, detail?.fields ?? []), [documents, detail]);
  const ordered = useMemo(() => documents.flatMap((d) => byDocument.get(d.id) ?? []), [documents, byDocument]);
  const activeDocId = pickedDocId ?? documents[0]?.id ?? null;
  const pdf = usePdfDocument(activeDocId);
  const openAhead = useOpenAhead();
  const selected = ordered.find((f) => f.id === selectedId) ?? null;
  const editing = ordered.find((f) => f.id === editingId) ?? null;

  const openDocument = (documentId: string): void => {
    if (documentId === activeDocId) return;
    openAhead(documentId);
    setPickedDocId(documentId);
    setCurrentPage(1);
    setPageRequest(null);
    setRotation(0);
  };
  // Stable identities: the fields panel is memoised, and a document switch must not render it again.
  const selectField = useLatestCallback((f: Field): void => {
    openDocument(f.documentId);
    setSelectedId(f.id);
    setSelectSeq((n) => n + 1);
  });
  /** A fact or amount of the pathway and payout panels, shown where it was read: select its field. */
  const showField = useLatestCallback((fieldId: string): void => {
    const f = ordered.find((x) => x.id === fieldId);
    if (f) selectField(f);
  });
  const confirmField = useLatestCallback((f: Field): void => {
    confirm.mutate(f.id, {
      onSuccess: () => void message.success(t('fields.confirmed')),
      onError: (error) => void message.error(describeError(t, error).detail),
    });
  });
  const editField = useLatestCallback((f: Field): void => setEditingId(f.id));
  // The fields panel follows a switch of document after the viewer has been given it (its group
  // scrolls into view): the page the adjuster clicked for comes first.
  const fieldsDocId = useDeferredValue(activeDocId);
  const stepDocument = (delta: number): void => {
    const next = step(documents, activeDocId, delta);
    if (next) openDocument(next.id);
  };

  const review = useReviewLoop({
    fields: ordered,
    selectedId,
    select: selectField,
    // The loop's counter is on the fields tab.
    onStart: () => setSideTab('fields'),
    // In the loop the counter shows each confirmation; only a failure needs a message.
    confirm: (f, { onError }) => void confirm.mutateAsync(f.id).catch((error: unknown) => {
      onError();
      void message.error(describeError(t, error).detail);
    }),
    correct: (f, text) => {
      setTyped(text);
      setEditingId(f.id);
    },
    editing: editing !== null,
  });
  const warnings = useMemo(() => (detail ? crossCheck(detail) : []), [detail]);

  useWorkspaceKeys({
    nextField: () => { const f = step(ordered, selectedId, 1); if (f) selectField(f); },
    prevField: () => { const f = step(ordered, selectedId, -1); if (f) selectField(f); },
    enter: () => selected && (selected.status === 'extracted' ? confirmField(selected) : setEditingId(selected.id)),
    edit: () => selected && setEditingId(selected.id),
    nextDocument: () => stepDocument(1),
    prevDocument: () => stepDocument(-1),
  });

  if (claim.isError) return <ErrorAlert error={claim.error} onRetry={() => void claim.refetch()} />;
  if (!detail) return <Spin style={{ margin: 48 }} />;

  const fieldMark = selected && selected.documentId === activeDocId
    ? { page: selected.page, bbox: selected.bbox, seq: selectSeq, label: fieldKeyLabel(t, selected.key) }
    : null;

  return (
    <div className="cd-workspace" data-testid="claim-workspace">
      <ClaimHeader claim={detail.claim} onAudit={() => setAuditOpen(true)} />
      <Splitter className="cd-split" onResizeEnd={rememberSplit}>
        <Splitter.Panel defaultSize={`${split[0]}%`} min={140}>
          <PanelBoundary resetKeys={[activeDocId]}>
            <DocumentPane
              claimId={claimId}
              documents={documents}
              activeId={activeDocId}
              onPickDocument={openDocument}
              pdf={pdf}
              currentPage={currentPage}
              rotation={rotation}
              onPickPage={(page) => setPageRequest((r) => ({ page, seq: (r?.seq ?? 0) + 1 }))}
            />
          </PanelBoundary>
        </Splitter.Panel>
        <Splitter.Panel defaultSize={`${split[1]}%`} min={280}>
          <PanelBoundary resetKeys={[activeDocId]}>
            {activeDocId ? (
              <DocumentViewer
                key={activeDocId}
                opening={pdf}
                pageRequest={pageRequest}
                field={fieldMark}
                rotation={rotation}
                onRotate={() => setRotation((r) => normaliseRotation(r + 90))}
                onPageChange={setCurrentPage}
              />
            ) : <div className="cd-viewer-message cd-muted">{t('viewer.noDocument')}</div>}
          </PanelBoundary>
        </Splitter.Panel>
        <Splitter.Panel defaultSize={`${split[2]}%`} min={260}>
          <PanelBoundary resetKeys={[claimId]}>
            <Tabs
              activeKey={sideTab}
              onChange={setSideTab}
              size="small"
              className="cd-side-tabs"
              items={[
                {
                  key: 'fields',
                  label: t('workspace.tabs.fields'),
                  children: (
                    <PanelBoundary resetKeys={[claimId]}>
                      <FieldsPanel
                        documents={documents}
                        activeDocumentId={fieldsDocId}
                        fieldsByDocument={byDocument}
                        selectedId={selectedId}
                        confirmingId={confirm.isPending ? confirm.variables ?? null : null}
                        onSelect={selectField}
                        onEdit={editField}
                        onConfirm={confirmField}
                        warnings={warnings}
                        review={review}
                      />
                    </PanelBoundary>
                  ),
                },
                {
                  key: 'pathway',
                  label: t('workspace.tabs.pathway'),
                  children: <PanelBoundary resetKeys={[claimId]}><PathwayPanel claimId={claimId} onShowField={showField} /></PanelBoundary>,
                },
                {
                  key: 'payout',
                  label: t('workspace.tabs.payout'),
                  children: <PanelBoundary resetKeys={[claimId]}><PayoutPanel claimId={claimId} onShowField={showField} /></PanelBoundary>,
                },
                ...LATER_TABS.map((key) => ({
                  key,
                  disabled: true,
                  label: <Tooltip title={t('nav.comingSoon')}>{t(`workspace.tabs.${key}`)}</Tooltip>,
                })),
              ]}
              tabBarExtraContent={<Tooltip title={t('workspace.keyboardHint')}><span className="cd-kbd">⌨</span></Tooltip>}
            />
          </PanelBoundary>
        </Splitter.Panel>
      </Splitter>
      {editing && (
        <FieldEditor
          field={editing}
          typed={typed}
          saving={update.isPending}
          error={update.error}
          onCancel={() => {
            update.reset();
            setEditingId(null);
            setTyped(null);
          }}
          onSave={(correction) => update.mutate(correction, {
            onSuccess: () => {
              setEditingId(null);
              setTyped(null);
              review.corrected(editing.id);
              void message.success(t('fields.corrected'));
            },
          })}
        />
      )}
      <AuditDrawer claimId={claimId} open={auditOpen} onClose={() => setAuditOpen(false)} />
    </div>
  );
}
