import type { GridApi, IDatasource } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorklistRow } from '../../shared/domain/worklist';
import { gridLocaleText } from './grid-locale';
import { gridTheme } from './grid-theme';
import { useWorklistColumns } from './useWorklistColumns';
import { sameSort, sortFromGrid, type WorklistSort } from './worklist-sort';

interface Props {
  datasource: IDatasource;
  /** The view's sort; the grid shows it and reports the user's own sorting back through onSortChange. */
  sort: WorklistSort;
  onSortChange: (sort: WorklistSort) => void;
  onOpen: (claimId: string) => void;
  apiRef: RefObject<GridApi<WorklistRow> | null>;
}

const gridSort = (api: GridApi): WorklistSort =>
  sortFromGrid(api.getColumnState()
    .filter((c) => c.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort! })));

/** The claims grid: infinite row model, 100-row blocks fetched on demand, sorting done by the service. */
export function WorklistGrid({ datasource, sort, onSortChange, onOpen, apiRef }: Props) {
  const { t } = useTranslation();
  const columns = useWorklistColumns();
  const localeText = useMemo(() => gridLocaleText(t), [t]);
  const [api, setApi] = useState<GridApi<WorklistRow> | null>(null);

  useEffect(() => {
    if (!api || sameSort(gridSort(api), sort)) return;
    api.applyColumnState({
      state: sort.map((s, i) => ({ colId: s.column, sort: s.dir, sortIndex: i })),
      defaultState: { sort: null },
    });
  }, [api, sort]);

  return (
    <div className="cd-grid" data-testid="worklist-grid">
      <AgGridReact<WorklistRow>
        key={localeText.noRowsToShow /* locale texts are read once: remount on a language switch */}
        theme={gridTheme}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={100}
        maxBlocksInCache={20}
        infiniteInitialRowCount={1}
        blockLoadDebounceMillis={60}
        columnDefs={columns}
        defaultColDef={{ sortable: true, resizable: true, suppressHeaderMenuButton: true, sortingOrder: ['asc', 'desc', null] }}
        localeText={localeText}
        multiSortKey="ctrl"
        suppressCellFocus={false}
        enableCellTextSelection
        onGridReady={(e) => {
          apiRef.current = e.api;
          setApi(e.api);
        }}
        onGridPreDestroyed={() => {
          apiRef.current = null;
          setApi(null);
        }}
        onSortChanged={(e) => onSortChange(gridSort(e.api))}
        onRowDoubleClicked={(e) => e.data && onOpen(e.data.id)}
        onCellKeyDown={(e) => {
          if ((e.event as KeyboardEvent | null | undefined)?.key === 'Enter' && e.data) onOpen(e.data.id);
        }}
      />
    </div>
  );
}
