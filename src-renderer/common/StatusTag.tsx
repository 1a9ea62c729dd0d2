import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from '../../shared/domain/claim';

const COLOUR: Record<ClaimStatus, string> = {
  new: 'blue',
  in_review: 'geekblue',
  pending_info: 'gold',
  awaiting_medical_review: 'purple',
  awaiting_approval: 'cyan',
  decided: 'green',
  withdrawn: 'default',
};

export function StatusTag({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOUR[status]} variant="filled" data-status={status}>{t(`status.${status}`)}</Tag>;
}
