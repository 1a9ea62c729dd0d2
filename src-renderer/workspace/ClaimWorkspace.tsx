import { useQueryClient } from '@tanstack/react-query';
import { App, Spin, Splitter, Tabs, Tooltip } from 'antd';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bulkConfirmable } from '../../shared/claim-case/bulk-confirm';
import { crossCheck, warningKey, type CrossCheckWarning } from '../../shared/claim-case/cross-checks';
import type { Field } from '../../shared/domain/workspace';
import { describeError } from '../common/describe-error';
import { ErrorAlert } from '../common/ErrorAlert';
import { fieldKeyLabel } from '../common/labels';
import { PanelBoundary } from '../common/PanelBoundary';
import { queryKeys } from '../common/query-keys';
import { useLatestCallback } from '../common/useLatestCallback';
import { useSettings } from '../common/useSettings';
import { isEnglish, ruleVocabulary } from '../rules/rule-vocabulary';
import { useEdition } from '../rules/useRuleData';
import { AuditDrawer } from './audit/AuditDrawer';
import { ClaimHeader } from './ClaimHeader';
import { DecisionPanel } from './decision/DecisionPanel';
import { DocumentPane } from './DocumentPane';
import { groupFields, step } from './field-order';
import { FieldEditor } from './fields/FieldEditor';
import { FieldsPanel } from './fields/FieldsPanel';
import { useFieldMutations } from './fields/useFieldMutations';
import { PathwayPanel } from './pathway/PathwayPanel';
import { PayoutPanel } from './payout/PayoutPanel';
import { BulkConfirmModal } from './review/BulkConfirmModal';
import { useReviewLoop } from './review/useReviewLoop';
import { crossCheckMessage } from './fields/cross-check-message';
import { documentBytesQuery, noticeDocumentId } from './shared/document-bytes';
import { NoteModal } from './shared/NoteModal';
import { readOnlyReason } from './shared/read-only-reason';
import { useClaimPermissions } from './shared/useClaimPermissions';
import { useClaim } from './useClaim';
import { useDocumentView } from './useDocumentView';
import { useWorkspaceKeys } from './useWorkspaceKeys';
import { useWorkspaceSplit } from './useWorkspaceSplit';
import { DocumentViewer } from './viewer/DocumentViewer';
import { usePdfDocument } from './viewer/usePdfDocument';

const TABS = ['fields', 'pathway', 'payout', 'decision'] as const;

/** The claim workspace: header; documents | viewer | fields, side by side; the audit log in a drawer. */
export function ClaimWorkspace({ claimId }: { claimId: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const claim = useClaim(claimId);
  const settings = useSettings();
  const edition = useEdition(null);
  const { update, confirm, confirmMany, acknowledge } = useFieldMutations(claimId);
  const [split, rememberSplit] = useWorkspaceSplit();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selectSeq, setSelectSeq] = useState(0);
  const [editingId, setEditingId] = useState<string | null>(null);
  /** What was typed to open the editor from the confirmation loop (null: opened to edit the value). */
  const [typed, setTyped] = useState<string | null>(null);
  const [auditOpen, setAuditOpen] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [acknowledging, setAcknowledging] = useState<CrossCheckWarning | null>(null);
  /** Fields just confirmed together: once the claim shows them confirmed, the loop takes the rest. */
  const [loopAfter, setLoopAfter] = useState<ReadonlySet<string> | null>(null);
  const [sideTab, setSideTab] = useState<string>('fields');

  const detail = claim.data;
  const documents = useMemo(() => detail?.documents ?? [], [detail]);
  const byDocument = useMemo(() => groupFields(documents, detail?.fields ?? []), [documents, detail]);
  const ordered = useMemo(() => documents.flatMap((d) => byDocument.get(d.id) ?? []), [documents, byDocument]);
  const view = useDocumentView(documents);
  const may = useClaimPermissions(detail?.claim);
  const editable = may('field.confirm');
  const activeDocId = view.activeId;
  const openDocument = view.open;
  const pdf = usePdfDocument(activeDocId);
  const selected = ordered.find((f) => f.id === selectedId) ?? null;
  const editing = ordered.find((f) => f.id === editingId) ?? null;
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
    enabled: editable,
  });
  const warnings = useMemo(() => (detail ? crossCheck(detail) : []), [detail]);

  // The sure fields confirmed together, the rest go one by one: the loop starts by itself once the
  // claim has been read again. When nothing is left the decision is next.
  useEffect(() => {
    if (!loopAfter || ordered.some((f) => loopAfter.has(f.id) && f.status === 'extracted')) return;
    setLoopAfter(null);
    if (ordered.some((f) => f.status === 'extracted')) review.start();
  }, [loopAfter, ordered, review]);
  useEffect(() => {
    if (review.done) setSideTab('decision');
  }, [review.done]);
  const minConfidence = settings.data?.bulkConfirmMinConfidence ?? null;
  const bulkIds = useMemo(() => (detail && minConfidence !== null ? new Set(bulkConfirmable(detail, warnings, minConfidence)) : new Set<string>()),
    [detail, warnings, minConfidence]);
  const vocabulary = useMemo(() => edition.data && ruleVocabulary(edition.data, t, i18n.language), [edition.data, t, i18n.language]);
  const drugName = useLatestCallback((drug: string) => vocabulary?.drug(drug) ?? drug);
  // A notice is made on first opening; the claim is read again then, so the document list shows it kept.
  const openNotice = useLatestCallback((decisionId: string, language?: 'zh-CN' | 'en') => {
    const id = noticeDocumentId(decisionId, language ?? (isEnglish(i18n.language) ? 'en' : 'zh-CN'));
    void queryClient.fetchQuery(documentBytesQuery(id)).then(() => queryClient.invalidateQueries({ queryKey: queryKeys.claim(claimId), exact: true }), () => undefined);
    openDocument(id);
  });
  const startReview = useLatestCallback(() => review.start());
  const openBulk = useLatestCallback(() => editable && bulkIds.size > 0 && setBulkOpen(true));

  useWorkspaceKeys({
    nextField: () => { const f = step(ordered, selectedId, 1); if (f) selectField(f); },
    prevField: () => { const f = step(ordered, selectedId, -1); if (f) selectField(f); },
    // In the decision tab Enter belongs to the decision, not to the selected field.
    enter: () => editable && sideTab !== 'decision' && selected && (selected.status === 'extracted' ? confirmField(selected) : setEditingId(selected.id)),
    edit: () => editable && selected && setEditingId(selected.id),
    nextDocument: () => view.step(1),
    prevDocument: () => view.step(-1),
    tab: (index) => setSideTab(TABS[index] ?? 'fields'),
    bulkConfirm: openBulk,
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
              notices={detail.notices}
              canImport={may('document.attach')}
              activeId={activeDocId}
              onPickDocument={openDocument}
              pdf={pdf}
              currentPage={view.currentPage}
              rotation={view.rotation}
              onPickPage={view.requestPage}
            />
          </PanelBoundary>
        </Splitter.Panel>
        <Splitter.Panel defaultSize={`${split[1]}%`} min={280}>
          <PanelBoundary resetKeys={[activeDocId]}>
            {activeDocId ? (
              <DocumentViewer
                key={activeDocId}
                opening={pdf}
                pageRequest={view.pageRequest}
                field={fieldMark}
                rotation={view.rotation}
                onRotate={view.rotate}
                onPageChange={view.setCurrentPage}
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
                        acknowledged={detail.acknowledged}
                        onAcknowledge={setAcknowledging}
                        review={review}
                        bulkCount={bulkIds.size}
                        onBulk={openBulk}
                        readOnly={editable ? null : readOnlyReason(t, detail.claim)}
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
                {
                  key: 'decision',
                  label: <span data-testid="tab-decision">{t('workspace.tabs.decision')}</span>,
                  children: (
                    <PanelBoundary resetKeys={[claimId]}>
                      <DecisionPanel claimId={claimId} warnings={warnings} active={sideTab === 'decision'} onShowField={showField}
                        onStartReview={startReview} onOpenNotice={openNotice} drugName={drugName} />
                    </PanelBoundary>
                  ),
                },
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
      {bulkOpen && minConfidence !== null && (
        <BulkConfirmModal
          fields={ordered.filter((f) => bulkIds.has(f.id))}
          documents={documents}
          minConfidence={minConfidence}
          saving={confirmMany.isPending}
          error={confirmMany.error}
          onCancel={() => {
            confirmMany.reset();
            setBulkOpen(false);
          }}
          onConfirm={() => confirmMany.mutate([...bulkIds], {
            onSuccess: ({ confirmed }) => {
              setBulkOpen(false);
              setLoopAfter(new Set(bulkIds));
              void message.success(t('review.bulkDone', { count: confirmed }));
            },
          })}
        />
      )}
      {acknowledging && (
        <NoteModal
          title={t('crossChecks.acknowledgeTitle')}
          intro={crossCheckMessage(t, i18n.language, acknowledging)}
          okText={t('crossChecks.acknowledge')}
          required
          saving={acknowledge.isPending}
          error={acknowledge.error}
          testId="acknowledge"
          onCancel={() => {
            acknowledge.reset();
            setAcknowledging(null);
          }}
          onSubmit={(note) => acknowledge.mutate({ warningKey: warningKey(acknowledging), note }, { onSuccess: () => setAcknowledging(null) })}
        />
      )}
      <AuditDrawer claimId={claimId} open={auditOpen} onClose={() => setAuditOpen(false)} />
    </div>
  );
}
