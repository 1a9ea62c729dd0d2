import {
  ColumnWidthOutlined, LeftOutlined, RightOutlined, RotateRightOutlined, SearchOutlined, ZoomInOutlined, ZoomOutOutlined,
} from '@ant-design/icons';
import { Button, Divider, Flex, InputNumber, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  scale: number;
  fit: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitWidth: () => void;
  onRotate: () => void;
  onFind: () => void;
  children?: ReactNode;
}

function ToolButton({ title, icon, onClick, disabled, active }: { title: string; icon: ReactNode; onClick: () => void; disabled?: boolean; active?: boolean }) {
  return (
    <Tooltip title={title}>
      <Button size="small" type={active ? 'primary' : 'text'} ghost={active} icon={icon} onClick={onClick} disabled={disabled} aria-label={title} />
    </Tooltip>
  );
}

export function ViewerToolbar(props: Props) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={4} className="cd-viewer-toolbar" wrap>
      <ToolButton title={t('viewer.prevPage')} icon={<LeftOutlined />} onClick={() => props.onPage(props.page - 1)} disabled={props.page <= 1} />
      <InputNumber
        size="small"
        min={1}
        max={props.pageCount}
        value={props.page}
        onChange={(v) => typeof v === 'number' && props.onPage(v)}
        style={{ width: 56 }}
        aria-label={t('viewer.page')}
        data-testid="viewer-page"
      />
      <span className="cd-muted">{t('viewer.pageOf', { count: props.pageCount })}</span>
      <ToolButton title={t('viewer.nextPage')} icon={<RightOutlined />} onClick={() => props.onPage(props.page + 1)} disabled={props.page >= props.pageCount} />
      <Divider orientation="vertical" />
      <ToolButton title={t('viewer.zoomOut')} icon={<ZoomOutOutlined />} onClick={props.onZoomOut} />
      <span className="cd-zoom" data-testid="viewer-zoom">{Math.round(props.scale * 100)}%</span>
      <ToolButton title={t('viewer.zoomIn')} icon={<ZoomInOutlined />} onClick={props.onZoomIn} />
      <ToolButton title={t('viewer.fitWidth')} icon={<ColumnWidthOutlined />} onClick={props.onFitWidth} active={props.fit} />
      <ToolButton title={t('viewer.rotate')} icon={<RotateRightOutlined />} onClick={props.onRotate} />
      <Divider orientation="vertical" />
      <ToolButton title={t('viewer.find')} icon={<SearchOutlined />} onClick={props.onFind} />
      {props.children}
    </Flex>
  );
}
