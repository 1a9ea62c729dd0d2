import type { CustomCellRendererProps } from 'ag-grid-react';
import type { WorklistRow } from '../../../shared/domain/worklist';
import { PriorityTag } from '../../common/PriorityTag';

export function PriorityCell({ data }: CustomCellRendererProps<WorklistRow>) {
  return data ? <PriorityTag priority={data.priority} /> : null;
}
