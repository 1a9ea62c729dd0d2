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

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <span className="cd-header-item" data-testid={testId}>
      <span className="cd-header-label">{label}</span>
      <span>{children}</span>
    </span>
  );
}

/** 赔案号 · claimant (masked) · policy/product · diagnosis · claimed ¥ · status · SLA. */
export function ClaimHeader({ claim, onAudit }: { claim: Header; onAudit: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Flex align="center" gap={20} className="cd-claim-header" wrap>
      <Tooltip title={t('workspace.back')}>
        <Button size="small" type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate({ name: 'worklist' })} aria-label={t('workspace.back')} />
      </Tooltip>
      <span className="cd-claim-number cd-mono" data-testid="claim-number">{claim.claimNumber}</span>
      <Item label={t('workspace.claimant')}>
        {claim.claimantName} <span className="cd-muted cd-mono">{claim.claimantIdMasked}</span>
      </Item>
      <Item label={t('workspace.policy')}>
        <span className="cd-mono">{claim.policyNumber}</span> · {productLabel(t, claim.product)}
      </Item>
      <Item label={t('workspace.diagnosis')}>{claim.diagnosisText}</Item>
      <Item label={t('workspace.claimed')} testId="claim-amount">
        <strong className="cd-num">{format.fen(claim.claimedFen)}</strong>
      </Item>
      <Item label={t('workspace.status')}>
        <StatusTag status={claim.status} /> <PriorityTag priority={claim.priority} />
      </Item>
      <Item label={t('workspace.sla')}><SlaText due={claim.slaDue} /></Item>
      <Item label={t('workspace.assignee')}>{claim.assigneeName ?? t('worklist.unassigned')}</Item>
      <Button size="small" icon={<HistoryOutlined />} onClick={onAudit} style={{ marginLeft: 'auto' }} data-testid="open-audit">
        {t('workspace.auditLog')}
      </Button>
    </Flex>
  );
}
