import { CheckOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../shared/domain/claim';
import { useAppInfo } from './useAppInfo';
import { useSwitchUser } from './useSwitchUser';

const rolesOf = (t: (key: string) => string, user: User): string => user.roles.map((r) => t(`roles.${r}`)).join(' / ');

/** The current user and role; the menu switches to another user of this workstation. */
export function UserSwitcher() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const switchUser = useSwitchUser();
  const current = info.data?.currentUser;
  const items = (info.data?.users ?? []).map((u) => ({
    key: u.id,
    icon: u.id === current?.id ? <CheckOutlined /> : <span style={{ display: 'inline-block', width: 14 }} />,
    label: <span>{u.name} <span style={{ color: 'rgba(0,0,0,0.45)' }}>· {rolesOf(t, u)}</span></span>,
  }));
  return (
    <Dropdown
      trigger={['click']}
      menu={{ items, selectable: false, onClick: ({ key }) => key !== current?.id && switchUser.mutate(key) }}
    >
      <Button type="text" size="small" icon={<UserOutlined />} loading={switchUser.isPending} title={t('topBar.switchUser')} data-testid="user-switcher">
        {current ? `${current.name} · ${rolesOf(t, current)}` : '…'}
      </Button>
    </Dropdown>
  );
}
