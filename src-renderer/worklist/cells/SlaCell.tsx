import type { CustomCellRendererProps } from 'ag-grid-react';
import type { WorklistRow } from '../../../shared/domain/worklist';
import { SlaText } from '../../common/SlaText';

export function SlaCell({ data }: CustomCellRendererProps<WorklistRow>) {
  return data ? <SlaText due={data.slaDue} /> : null;
}
