import type { GridApi } from 'ag-grid-community';
import { App, Empty, Spin, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView, WorklistRow } from '../../shared/domain/worklist';
import { api } from '../api';
import { describeError } from '../common/describe-error';
import { ErrorAlert } from '../common/ErrorAlert';
import { navigate } from '../routing/useRoute';
import { SaveViewModal } from './SaveViewModal';
import { useDebouncedValue } from './useDebouncedValue';
import { useSlashFocus } from './useSlashFocus';
import { useViewMutations } from './useViewMutations';
import { useViews } from './useViews';
import { ALL_VIEW, useWorklistState } from './useWorklistState';
import { ViewTabs } from './ViewTabs';
import { WorklistGrid } from './WorklistGrid';
import { worklistDatasource } from './worklist-datasource';
import { WorklistToolbar } from './WorklistToolbar';

const loadPage = api['claims.list'];

/**
 * The worklist. It stays mounted while a claim is open (hidden), so coming back keeps the view,
 * the scroll position and the focused row; the rows are refreshed in place on return.
 */
export function WorklistPage({ visible }: { visible: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const views = useViews();
  const state = useWorklistState(views.data);
  const [quickNow, setQuickNow] = useState<string | null>(null);
  const debouncedQuick = useDebouncedValue(state.quick, 250);
  // Enter searches at once; otherwise the search waits for a pause in typing.
  const quick = quickNow === state.quick ? state.quick : debouncedQuick;
  const [total, setTotal] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveOpen, setSaveOpen] = useState(false);
  const { save, remove } = useViewMutations();
  const gridApi = useRef<GridApi<WorklistRow> | null>(null);
  const searchRef = useRef<InputRef | null>(null);
  useSlashFocus(searchRef);

  const datasource = useMemo(
    () => worklistDatasource(loadPage, { filter: state.filter, quick }, {
      onTotal: (n) => {
        setTotal(n);
        setLoadError(null);
      },
      onError: setLoadError,
    }),
    [state.filter, quick],
  );
  useEffect(() => setTotal(null), [datasource]);

  useEffect(() => {
    const grid = gridApi.current;
    if (!visible || !grid) return;
    grid.refreshInfiniteCache();
    const cell = grid.getFocusedCell();
    if (cell) grid.setFocusedCell(cell.rowIndex, cell.column);
  }, [visible]);

  const focusFirstRow = (): void => {
    const grid = gridApi.current;
    if (!grid || !total) return;
    grid.ensureIndexVisible(0);
    grid.setFocusedCell(0, 'claimNumber');
  };

  const saveView = (name: string): void => {
    save.mutate({ name, state: { sort: state.sort, filter: state.filter, ...(state.quick.trim() ? { quick: state.quick.trim() } : {}) } }, {
      onSuccess: (view) => {
        setSaveOpen(false);
        state.select(view.id);
        void message.success(t('worklist.viewSaved'));
      },
      onError: (error) => void message.error(describeError(t, error).detail),
    });
  };

  const deleteView = (view: SavedView): void => {
    modal.confirm({
      title: t('worklist.deleteViewTitle', { name: view.name }),
      okButtonProps: { danger: true },
      onOk: () => remove.mutateAsync(view.id).then(() => {
        if (state.active?.id === view.id) state.select(ALL_VIEW);
        void message.success(t('worklist.viewDeleted'));
      }, (error: unknown) => void message.error(describeError(t, error).detail)),
    });
  };

  if (views.isError || !views.data || !state.active) {
    return (
      <div className="cd-worklist" hidden={!visible}>
        {views.isError ? <ErrorAlert error={views.error} onRetry={() => void views.refetch()} /> : <Spin style={{ margin: 48 }} />}
      </div>
    );
  }

  return (
    <div className="cd-worklist" hidden={!visible}>
      <ViewTabs
        views={views.data}
        activeId={state.active.id}
        onSelect={state.select}
        onAdd={() => setSaveOpen(true)}
        onDelete={deleteView}
      />
      <WorklistToolbar
        quick={state.quick}
        onQuickChange={state.setQuick}
        onQuickSubmit={() => setQuickNow(state.quick)}
        onLeaveSearch={focusFirstRow}
        searchRef={searchRef}
        filter={state.filter}
        onFilterChange={state.setFilter}
        onReset={state.reset}
        total={total}
      />
      {loadError !== null && <ErrorAlert error={loadError} onRetry={() => gridApi.current?.refreshInfiniteCache()} />}
      <div className="cd-grid-wrap">
        <WorklistGrid
          datasource={datasource}
          sort={state.sort}
          onSortChange={state.setSort}
          onOpen={(claimId) => navigate({ name: 'claim', claimId })}
          apiRef={gridApi}
        />
        {total === 0 && <Empty className="cd-grid-empty" description={t('worklist.noRows')} />}
      </div>
      <SaveViewModal open={saveOpen} saving={save.isPending} onSave={saveView} onCancel={() => setSaveOpen(false)} />
    </div>
  );
}
