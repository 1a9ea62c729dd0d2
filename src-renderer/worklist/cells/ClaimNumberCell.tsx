import type { CustomCellRendererProps } from 'ag-grid-react';
import type { WorklistRow } from '../../../shared/domain/worklist';
import { routeHash } from '../../routing/route';

/** The claim number as a real link, so middle-click and copy-link work as people expect. */
export function ClaimNumberCell({ data }: CustomCellRendererProps<WorklistRow>) {
  if (!data) return null;
  return <a className="cd-mono" href={routeHash({ name: 'claim', claimId: data.id })} tabIndex={-1}>{data.claimNumber}</a>;
}
