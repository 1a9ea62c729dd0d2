import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from '../../shared/domain/claim';
import { STATUS_COLOUR } from './tag-colours';

export function StatusTag({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOUR[status]} variant="filled" data-status={status}>{t(`status.${status}`)}</Tag>;
}
