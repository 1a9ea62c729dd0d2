import type { CustomCellRendererProps } from 'ag-grid-react';
import type { WorklistRow } from '../../../shared/domain/worklist';
import { StatusTag } from '../../common/StatusTag';

export function StatusCell({ data }: CustomCellRendererProps<WorklistRow>) {
  return data ? <StatusTag status={data.status} /> : null;
}
