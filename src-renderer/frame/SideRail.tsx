import {
  BarChartOutlined, BookOutlined, CheckSquareOutlined, FileSearchOutlined, ProfileOutlined, SettingOutlined,
} from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../routing/useRoute';

interface RailItem { key: string; icon: ReactNode; ready: boolean }

// Only the worklist (and the claim workspace behind it) exist yet; the others are shown disabled
// with "coming soon" so the rail reads as the finished product will, without fake screens.
const ITEMS: RailItem[] = [
  { key: 'worklist', icon: <ProfileOutlined />, ready: true },
  { key: 'approvals', icon: <CheckSquareOutlined />, ready: false },
  { key: 'audit', icon: <FileSearchOutlined />, ready: false },
  { key: 'rules', icon: <BookOutlined />, ready: false },
  { key: 'dashboard', icon: <BarChartOutlined />, ready: false },
  { key: 'settings', icon: <SettingOutlined />, ready: false },
];

export function SideRail({ active }: { active: string }) {
  const { t } = useTranslation();
  return (
    <nav className="cd-rail">
      {ITEMS.map((item) => {
        const button = (
          <button
            key={item.key}
            type="button"
            className={`cd-rail-item${item.key === active ? ' cd-rail-active' : ''}`}
            disabled={!item.ready}
            aria-current={item.key === active ? 'page' : undefined}
            onClick={() => item.key === 'worklist' && navigate({ name: 'worklist' })}
          >
            <span className="cd-rail-icon">{item.icon}</span>
            <span>{t(`nav.${item.key}`)}</span>
          </button>
        );
        return item.ready ? button : (
          <Tooltip key={item.key} title={t('nav.comingSoon')} placement="right">
            <span>{button}</span>
          </Tooltip>
        );
      })}
    </nav>
  );
}
