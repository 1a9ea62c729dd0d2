import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../routing/useRoute';
import { requestQuickSearch } from './worklist-request';

/** Search from anywhere: Enter jumps to the worklist with the text in its quick search. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const submit = (): void => {
    const quick = text.trim();
    if (!quick) return;
    requestQuickSearch(quick);
    navigate({ name: 'worklist' });
    setText('');
  };
  return (
    <Input
      size="small"
      allowClear
      prefix={<SearchOutlined />}
      placeholder={t('topBar.searchPlaceholder')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onPressEnter={submit}
      style={{ width: 320 }}
      data-testid="global-search"
    />
  );
}
