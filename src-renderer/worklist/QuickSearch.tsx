import { SearchOutlined } from '@ant-design/icons';
import { Input, type InputRef } from 'antd';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Enter: search now rather than after the debounce pause. */
  onSubmit: () => void;
  /** ↓: leave the box for the first row of the grid. */
  onLeaveDown: () => void;
  inputRef: RefObject<InputRef | null>;
}

export function QuickSearch({ value, onChange, onSubmit, onLeaveDown, inputRef }: Props) {
  const { t } = useTranslation();
  return (
    <Input
      ref={inputRef}
      size="small"
      allowClear
      prefix={<SearchOutlined />}
      placeholder={t('worklist.quickSearch')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onPressEnter={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') {
          e.preventDefault();
          onLeaveDown();
        } else if (e.key === 'Escape' && value) {
          onChange('');
        }
      }}
      style={{ width: 260 }}
      data-testid="quick-search"
    />
  );
}
