import { PlusOutlined } from '@ant-design/icons';
import { Tabs, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../shared/domain/worklist';
import { queueCountOf, useQueueCounts } from './useQueueCounts';

interface Props {
  views: readonly SavedView[];
  activeId: string;
  onSelect: (id: string) => void;
  onAdd: () => void;
  onDelete: (view: SavedView) => void;
}

/** Built-in views (named by key, translated; role queues with their live count) then the user's own, which can be closed to delete them. */
export function ViewTabs({ views, activeId, onSelect, onAdd, onDelete }: Props) {
  const { t } = useTranslation();
  const counts = useQueueCounts();
  const label = (v: SavedView) => {
    const name = v.builtIn ? t(`worklist.views.${v.name}`, { defaultValue: v.name }) : v.name;
    const count = queueCountOf(counts.data, v.id);
    return count === null ? name : <span>{name} <span className="cd-queue-count" data-testid={`queue-count-${v.name}`} data-count={count}>{count}</span></span>;
  };
  return (
    <Tabs
      type="editable-card"
      size="small"
      activeKey={activeId}
      onChange={onSelect}
      addIcon={<Tooltip title={t('worklist.saveView')}><PlusOutlined data-testid="save-view" /></Tooltip>}
      onEdit={(key, action) => {
        if (action === 'add') onAdd();
        else {
          const view = views.find((v) => v.id === key);
          if (view) onDelete(view);
        }
      }}
      items={views.map((v) => ({
        key: v.id,
        label: label(v),
        closable: !v.builtIn,
      }))}
      className="cd-view-tabs"
      data-testid="view-tabs"
    />
  );
}
