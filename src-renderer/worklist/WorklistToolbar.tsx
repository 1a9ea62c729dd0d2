import { UndoOutlined } from '@ant-design/icons';
import { Button, Flex, type InputRef } from 'antd';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorklistFilter } from '../../shared/domain/worklist';
import { useFormat } from '../common/useFormat';
import { FilterBar } from './FilterBar';
import { QuickSearch } from './QuickSearch';

interface Props {
  quick: string;
  onQuickChange: (quick: string) => void;
  onQuickSubmit: () => void;
  onLeaveSearch: () => void;
  searchRef: RefObject<InputRef | null>;
  filter: WorklistFilter;
  onFilterChange: (filter: WorklistFilter) => void;
  onReset: () => void;
  total: number | null;
}

export function WorklistToolbar(props: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Flex align="center" gap={8} className="cd-toolbar">
      <QuickSearch
        value={props.quick}
        onChange={props.onQuickChange}
        onSubmit={props.onQuickSubmit}
        onLeaveDown={props.onLeaveSearch}
        inputRef={props.searchRef}
      />
      <FilterBar filter={props.filter} onChange={props.onFilterChange} />
      <Button size="small" type="text" icon={<UndoOutlined />} onClick={props.onReset}>{t('worklist.reset')}</Button>
      <Flex gap={12} align="center" style={{ marginLeft: 'auto' }}>
        <span data-testid="row-count" data-total={props.total ?? ''}>
          {props.total === null ? t('worklist.counting') : t('worklist.rowCount', { n: format.count(props.total) })}
        </span>
        <span className="cd-muted">{t('worklist.keyboardHint')}</span>
      </Flex>
    </Flex>
  );
}
