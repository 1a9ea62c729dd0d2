import {
  BarChartOutlined, BookOutlined, CheckSquareOutlined, FileSearchOutlined, ProfileOutlined, SettingOutlined,
} from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../routing/route';
import { navigate } from '../routing/useRoute';
import { useAppInfo } from './useAppInfo';
import { requestView } from './worklist-request';

/** A rail entry; `go` null while its screen does not exist yet (or the user's roles have no use for it). */
interface RailItem { key: string; icon: ReactNode; go: (() => void) | null }

const to = (route: Route) => () => navigate(route);

// The worklist (with the claim workspace behind it), the approvals queue for supervisors, the rules and
// the settings exist; the others are shown disabled with "coming soon" so the rail reads as the
// finished product will, without fake screens.
export function SideRail({ active }: { active: string }) {
  const { t } = useTranslation();
  const supervisor = useAppInfo().data?.currentUser.roles.includes('supervisor') ?? false;
  const ITEMS: RailItem[] = [
    { key: 'worklist', icon: <ProfileOutlined />, go: to({ name: 'worklist' }) },
    { key: 'approvals', icon: <CheckSquareOutlined />, go: supervisor ? () => { requestView('builtin:approvals'); navigate({ name: 'worklist' }); } : null },
    { key: 'audit', icon: <FileSearchOutlined />, go: null },
    { key: 'rules', icon: <BookOutlined />, go: to({ name: 'rules' }) },
    { key: 'dashboard', icon: <BarChartOutlined />, go: null },
    { key: 'settings', icon: <SettingOutlined />, go: to({ name: 'settings' }) },
  ];
  return (
    <nav className="cd-rail">
      {ITEMS.map((item) => {
        const button = (
          <button
            key={item.key}
            type="button"
            className={`cd-rail-item${item.key === active ? ' cd-rail-active' : ''}`}
            disabled={!item.go}
            aria-current={item.key === active ? 'page' : undefined}
            onClick={() => item.go?.()}
          >
            <span className="cd-rail-icon">{item.icon}</span>
            <span>{t(`nav.${item.key}`)}</span>
          </button>
        );
        return item.go ? button : (
          <Tooltip key={item.key} title={t(item.key === 'approvals' ? 'nav.supervisorsOnly' : 'nav.comingSoon')} placement="right">
            <span>{button}</span>
          </Tooltip>
        );
      })}
    </nav>
  );
}
