import { AuditOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  allowed: boolean;
  userName: string;
  overridden: boolean;
  onClick: () => void;
  testId?: string;
}

/** 人工认定: enabled for medical reviewers; others see it disabled with the reason. */
export function OverrideButton({ allowed, userName, overridden, onClick, testId }: Props) {
  const { t } = useTranslation();
  const button = (
    <Button size="small" className="cd-override-button" icon={<AuditOutlined />} disabled={!allowed} onClick={onClick} data-testid={testId}>
      {t(overridden ? 'pathway.editOverride' : 'pathway.override')}
    </Button>
  );
  if (allowed) return button;
  // A disabled button fires no mouse events: the tooltip hangs on a wrapper.
  return <Tooltip title={t('pathway.overrideOnlyMedical', { name: userName })}><span className="cd-inline-block">{button}</span></Tooltip>;
}
