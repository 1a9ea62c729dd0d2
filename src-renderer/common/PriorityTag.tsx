import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Priority } from '../../shared/domain/claim';

const COLOUR: Record<Priority, string> = { urgent: 'red', high: 'volcano', normal: 'default', low: 'default' };

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return <Tag color={COLOUR[priority]} variant={priority === 'urgent' ? 'solid' : 'filled'}>{t(`priority.${priority}`)}</Tag>;
}
