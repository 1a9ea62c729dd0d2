import { CloseOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FindState } from './useFind';

/** Find in document: Enter next, Shift+Enter previous, Esc closes. */
export function FindBar({ find, onClose }: { find: FindState; onClose: () => void }) {
  const { t } = useTranslation();
  const status = find.searching
    ? t('viewer.searching')
    : find.query.trim() && (find.matches.length ? t('viewer.matches', { current: find.current + 1, total: find.matches.length }) : t('viewer.noMatches'));
  return (
    <Flex align="center" gap={4} className="cd-findbar">
      <Input
        size="small"
        autoFocus
        placeholder={t('viewer.findPlaceholder')}
        value={find.query}
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) find.prev();
            else find.next();
          } else if (e.key === 'Escape') onClose();
        }}
        style={{ width: 200 }}
        data-testid="find-input"
      />
      <span className="cd-muted" data-testid="find-status" style={{ minWidth: 64 }}>{status}</span>
      <Button size="small" type="text" icon={<UpOutlined />} title={t('viewer.findPrev')} onClick={find.prev} disabled={!find.matches.length} />
      <Button size="small" type="text" icon={<DownOutlined />} title={t('viewer.findNext')} onClick={find.next} disabled={!find.matches.length} />
      <Button size="small" type="text" icon={<CloseOutlined />} title={t('viewer.findClose')} onClick={onClose} />
    </Flex>
  );
}
