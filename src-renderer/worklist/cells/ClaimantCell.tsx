import type { CustomCellRendererProps } from 'ag-grid-react';
import type { WorklistRow } from '../../../shared/domain/worklist';

/** Name and masked ID number: enough to tell two 王芳 apart, never the full number. */
export function ClaimantCell({ data }: CustomCellRendererProps<WorklistRow>) {
  if (!data) return null;
  return (
    <span>
      {data.claimantName} <span className="cd-muted cd-mono">{data.claimantIdMasked}</span>
    </span>
  );
}
