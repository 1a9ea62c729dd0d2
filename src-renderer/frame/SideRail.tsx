import {
  BarChartOutlined, BookOutlined, CheckSquareOutlined, FileSearchOutlined, ProfileOutlined, SettingOutlined,
} from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../routing/route';
import { navigate } from '../routing/useRoute';

/** A rail entry; `route` null while its screen does not exist yet. */
interface RailItem { key: string; icon: ReactNode; route: Route | null }

// Only the worklist (and the claim workspace behind it) and the rules exist yet; the others are shown
// disabled with "coming soon" so the rail reads as the finished product will, without fake screens.
const ITEMS: RailItem[] = [
  { key: 'worklist', icon: <ProfileOutlined />, route: { name: 'worklist' } },
  { key: 'approvals', icon: <CheckSquareOutlined />, route: null },
  { key: 'audit', icon: <FileSearchOutlined />, route: null },
  { key: 'rules', icon: <BookOutlined />, route: { name: 'rules' } },
  { key: 'dashboard', icon: <BarChartOutlined />, route: null },
  { key: 'settings', icon: <SettingOutlined />, route: null },
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
            disabled={!item.route}
            aria-current={item.key === active ? 'page' : undefined}
            onClick={() => item.route && navigate(item.route)}
          >
            <span className="cd-rail-icon">{item.icon}</span>
            <span>{t(`nav.${item.key}`)}</span>
          </button>
        );
        return item.route ? button : (
          <Tooltip key={item.key} title={t('nav.comingSoon')} placement="right">
            <span>{button}</span>
          </Tooltip>
        );
      })}
    </nav>
  );
}
