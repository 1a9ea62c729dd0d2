import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { WorklistRow } from '../../../shared/domain/worklist';
import { STATUS_COLOUR } from '../../common/tag-colours';
import { GridTag } from './GridTag';

export function StatusCell({ data }: CustomCellRendererProps<WorklistRow>) {
  const { t } = useTranslation();
  return data ? <GridTag colour={STATUS_COLOUR[data.status]}>{t(`status.${data.status}`)}</GridTag> : null;
}
