import { ArrowLeftOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimHeader as Header } from '../../shared/domain/workspace';
import { productLabel } from '../common/labels';
import { PriorityTag } from '../common/PriorityTag';
import { SlaText } from '../common/SlaText';
import { StatusTag } from '../common/StatusTag';
import { useFormat } from '../common/useFormat';
import { navigate } from '../routing/useRoute';

interface ItemProps { label: string; children: ReactNode; testId?: string; /** Long text: shrinks with an ellipsis, full on hover. */ title?: string }

function Item({ label, children, testId, title }: ItemProps) {
  return (
    <span className={`cd-header-item${title ? ' cd-header-grow' : ''}`} data-testid={testId} title={title}>
      <span className="cd-header-label">{label}</span>
      <span className={title ? 'cd-ellipsis' : undefined}>{children}</span>
    </span>
  );
}

/** 赔案号 · claimant (masked) · policy/product · diagnosis · claimed ¥ · status · SLA. */
export function ClaimHeader({ claim, onAudit }: { claim: Header; onAudit: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Flex align="center" gap={12} className="cd-claim-header">
      <Tooltip title={t('workspace.back')}>
        <Button size="small" type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate({ name: 'worklist' })} aria-label={t('workspace.back')} />
      </Tooltip>
      {/* The facts wrap onto a second line on narrow screens rather than being cut off. */}
      <Flex align="center" gap={20} wrap className="cd-claim-facts">
        <span className="cd-claim-number cd-mono" data-testid="claim-number">{claim.claimNumber}</span>
        <Item label={t('workspace.claimant')}>
          {claim.claimantName} <span className="cd-muted cd-mono">{claim.claimantIdMasked}</span>
        </Item>
        <Item label={t('workspace.policy')}>
          <span className="cd-mono">{claim.policyNumber}</span> · {productLabel(t, claim.product)}
        </Item>
        <Item label={t('workspace.diagnosis')} title={claim.diagnosisText}>{claim.diagnosisText}</Item>
        <Item label={t('workspace.claimed')} testId="claim-amount">
          <strong className="cd-num">{format.fen(claim.claimedFen)}</strong>
        </Item>
        <Item label={t('workspace.status')}>
          <StatusTag status={claim.status} /> <PriorityTag priority={claim.priority} />
        </Item>
        <Item label={t('workspace.sla')}><SlaText due={claim.slaDue} /></Item>
        <Item label={t('workspace.assignee')}>{claim.assigneeName ?? t('worklist.unassigned')}</Item>
      </Flex>
      <Button size="small" icon={<HistoryOutlined />} onClick={onAudit} data-testid="open-audit">
        {t('workspace.auditLog')}
      </Button>
    </Flex>
  );
}
