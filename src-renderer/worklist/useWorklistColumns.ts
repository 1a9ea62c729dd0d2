import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorklistRow } from '../../shared/domain/worklist';
import { formatDateTime, formatFen } from '../common/format';
import { productLabel } from '../common/labels';
import { ClaimantCell } from './cells/ClaimantCell';
import { ClaimNumberCell } from './cells/ClaimNumberCell';
import { PriorityCell } from './cells/PriorityCell';
import { SlaCell } from './cells/SlaCell';
import { StatusCell } from './cells/StatusCell';

/**
 * The worklist's columns. Each colId is the contract's sort column, so the grid's sort model maps to
 * `claims.list` one to one; sorting happens in SQLite (the infinite row model never sorts locally).
 */
export function useWorklistColumns(): ColDef<WorklistRow>[] {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => [
    { colId: 'claimNumber', field: 'claimNumber', headerName: t('worklist.columns.claimNumber'), width: 150, cellRenderer: ClaimNumberCell },
    { colId: 'status', field: 'status', headerName: t('worklist.columns.status'), width: 112, cellRenderer: StatusCell },
    { colId: 'claimantName', field: 'claimantName', headerName: t('worklist.columns.claimant'), width: 240, cellRenderer: ClaimantCell },
    {
      colId: 'product', field: 'product', headerName: t('worklist.columns.product'), width: 120,
      valueFormatter: (p) => (p.value ? productLabel(t, p.value as string) : ''),
    },
    { colId: 'diagnosisText', field: 'diagnosisText', headerName: t('worklist.columns.diagnosis'), flex: 1, minWidth: 160, tooltipField: 'diagnosisText' },
    {
      colId: 'claimedFen', field: 'claimedFen', headerName: t('worklist.columns.claimed'), width: 130, type: 'rightAligned', cellClass: 'cd-num',
      valueFormatter: (p) => (typeof p.value === 'number' ? formatFen(p.value) : ''),
    },
    { colId: 'priority', field: 'priority', headerName: t('worklist.columns.priority'), width: 88, cellRenderer: PriorityCell },
    { colId: 'slaDue', field: 'slaDue', headerName: t('worklist.columns.slaDue'), width: 150, cellRenderer: SlaCell },
    {
      colId: 'assigneeName', field: 'assigneeName', headerName: t('worklist.columns.assignee'), width: 110,
      valueFormatter: (p) => (p.data ? p.data.assigneeName ?? t('worklist.unassigned') : ''),
    },
    {
      colId: 'receivedAt', field: 'receivedAt', headerName: t('worklist.columns.received'), width: 140,
      valueFormatter: (p) => (p.value ? formatDateTime(p.value as string, language) : ''),
    },
  ], [t, language]);
}
