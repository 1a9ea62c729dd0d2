import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { WorklistRow } from '../../../shared/domain/worklist';
import { PRIORITY_COLOUR } from '../../common/tag-colours';
import { GridTag } from './GridTag';

export function PriorityCell({ data }: CustomCellRendererProps<WorklistRow>) {
  const { t } = useTranslation();
  return data ? <GridTag colour={PRIORITY_COLOUR[data.priority]} solid={data.priority === 'urgent'}>{t(`priority.${data.priority}`)}</GridTag> : null;
}
