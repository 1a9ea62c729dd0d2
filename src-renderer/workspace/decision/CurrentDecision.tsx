import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/domain/decision';
import { documentTypeLabel } from '../../common/labels';
import { useFormat } from '../../common/useFormat';
import { isEnglish } from '../../rules/rule-vocabulary';
import { Money } from '../shared/Money';
import { outcomeLabel, reasonLabel } from './reason-labels';

const OUTCOME_COLOUR: Record<Decision['outcome'], string> = { approve: 'green', partial: 'blue', deny: 'red', pend: 'gold' };

interface Props {
  decision: Decision;
  /** The user may approve or return it now (a supervisor who is not its maker). */
  mayApprove: boolean;
  mayReturn: boolean;
  onApprove: () => void;
  onReturn: () => void;
  /** Opens the notice in the viewer, in the UI's language or (on request) the other one. */
  onOpenNotice: (language?: 'zh-CN' | 'en') => void;
}

/** The claim's decision as made: outcome, amount, reasons, who and when; and a supervisor's approve or return. */
export function CurrentDecision({ decision: d, mayApprove, mayReturn, onApprove, onReturn, onOpenNotice }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const final = d.state === 'decided' || d.state === 'pending_info';
  return (
    <section className="cd-decision-current" data-testid="current-decision" data-state={d.state} data-decision-id={d.id}>
      <Flex align="center" gap={8} className="cd-decision-current-head">
        <Tag color={OUTCOME_COLOUR[d.outcome]} variant="filled">{outcomeLabel(t, d.outcome)}</Tag>
        <Money fen={d.payableFen} strong testId="current-decision-payable" />
        <span className="cd-muted">{t(`decision.states.${d.state}`)}</span>
        {final && (
          <Space.Compact size="small" className="cd-notice-buttons">
            <Button icon={<FilePdfOutlined />} onClick={() => onOpenNotice()} data-testid="open-notice">{t('decision.notice')}</Button>
            <Button onClick={() => onOpenNotice(isEnglish(i18n.language) ? 'zh-CN' : 'en')} data-testid="open-notice-other">
              {isEnglish(i18n.language) ? '中文' : 'EN'}
            </Button>
          </Space.Compact>
        )}
      </Flex>
      <Descriptions size="small" column={1} className="cd-decision-facts" items={[
        { key: 'reasons', label: t('decision.reasons'), children: d.reasons.map((r) => reasonLabel(r, i18n.language)).join('、') || t('common.none') },
        ...(d.requestedDocuments.length ? [{ key: 'docs', label: t('decision.requested'), children: d.requestedDocuments.map((x) => documentTypeLabel(t, x)).join('、') }] : []),
        ...(d.payableFen < d.engineFen ? [{ key: 'engine', label: t('decision.engineFigure'), children: <Money fen={d.engineFen} /> }] : []),
        ...(d.note ? [{ key: 'note', label: t('decision.note'), children: d.note }] : []),
        { key: 'maker', label: t('decision.maker'), children: `${d.makerName ?? d.makerId} · ${format.dateTime(d.madeAt)}` },
        ...(d.approvedAt ? [{ key: 'approved', label: t('decision.approvedBy'), children: `${d.approvedByName ?? d.approvedBy ?? ''} · ${format.dateTime(d.approvedAt)}` }] : []),
      ]} />
      {d.state === 'awaiting_approval' && (
        <Flex gap={8} align="center" className="cd-decision-approval">
          {mayApprove || mayReturn ? (
            <>
              <Button type="primary" disabled={!mayApprove} onClick={onApprove} data-testid="approve-decision">{t('decision.approve')}</Button>
              <Button danger disabled={!mayReturn} onClick={onReturn} data-testid="return-decision">{t('decision.return')}</Button>
            </>
          ) : <span className="cd-muted" data-testid="awaiting-other">{t('decision.awaitingOther')}</span>}
        </Flex>
      )}
    </section>
  );
}
