import type { ReactNode } from 'react';
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CriterionStatus } from '../../../shared/pathway/types';

const ICON = {
  passed: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  failed: <CloseCircleFilled style={{ color: '#f5222d' }} />,
  undocumented: <QuestionCircleFilled style={{ color: '#faad14' }} />,
} satisfies Record<CriterionStatus, ReactNode>;

export function CriterionStatusIcon({ status }: { status: CriterionStatus }) {
  const { t } = useTranslation();
  return <span role="img" aria-label={t(`vocab.criterionStatus.${status}`)} title={t(`vocab.criterionStatus.${status}`)} data-status={status}>{ICON[status]}</span>;
}
