import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Priority } from '../../shared/domain/claim';
import { PRIORITY_COLOUR } from './tag-colours';

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLOUR[priority]} variant={priority === 'urgent' ? 'solid' : 'filled'}>{t(`priority.${priority}`)}</Tag>;
}
