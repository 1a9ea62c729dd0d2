import { ArrowRightOutlined, SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Drawer, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/domain/workspace';
import { ErrorAlert } from '../../common/ErrorAlert';
import { fieldKeyLabel } from '../../common/labels';
import { useFormat } from '../../common/useFormat';
import { useFieldDisplay } from '../fields/useFieldDisplay';
import { fieldSnapshot } from './audit-change';
import { reviewChangeText } from './review-change';
import { useAudit, useAuditChain } from './useAudit';

/** 审计日志: who changed what on this claim, when, from what to what, and why. */
export function AuditDrawer({ claimId, open, onClose }: { claimId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const showValue = useFieldDisplay();
  const audit = useAudit(claimId, open);
  const chain = useAuditChain(open);
  const show = (entry: AuditEntry, which: 'before' | 'after'): string => {
    const snap = fieldSnapshot(entry[which]);
    if (snap) return showValue(snap.key, snap.value);
    const review = reviewChangeText(t, entry.entity, entry[which]);
    if (review !== null) return review;
    return entry[which] === null || entry[which] === undefined ? '' : JSON.stringify(entry[which]);
  };
  return (
    <Drawer open={open} onClose={onClose} title={t('audit.title')} size={760} destroyOnHidden>
      {chain.data && (
        <Alert
          className="cd-audit-chain"
          type={chain.data.ok ? 'success' : 'error'}
          showIcon
          icon={chain.data.ok ? <SafetyCertificateOutlined /> : <WarningOutlined />}
          data-testid="audit-chain"
          data-ok={chain.data.ok}
          title={chain.data.ok
            ? t('audit.chainIntact', { count: format.count(chain.data.length) })
            : t('audit.chainBroken', { id: chain.data.firstBad?.id, problem: chain.data.firstBad?.problem })}
          description={<span className="cd-mono cd-small" title={chain.data.headHash}>{t('audit.chainHead', { hash: chain.data.headHash })}</span>}
        />
      )}
      {chain.isError && <ErrorAlert error={chain.error} onRetry={() => void chain.refetch()} />}
      {audit.isError ? <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} /> : (
        <div data-testid="audit-table">
        <Table<AuditEntry>
          size="small"
          rowKey="id"
          loading={audit.isPending}
          dataSource={audit.data}
          pagination={false}
          locale={{ emptyText: t('audit.empty') }}
          columns={[
            { key: 'at', title: t('audit.at'), width: 140, render: (_, e) => format.dateTime(e.at) },
            { key: 'user', title: t('audit.user'), width: 90, render: (_, e) => e.userName ?? e.userId },
            { key: 'action', title: t('audit.action'), width: 64, render: (_, e) => t(`audit.actions.${e.action}`, { defaultValue: e.action }) },
            {
              key: 'field', title: t('audit.field'), width: 110,
              render: (_, e) => {
                const key = fieldSnapshot(e.after)?.key ?? fieldSnapshot(e.before)?.key;
                return key ? fieldKeyLabel(t, key) : t(`audit.entities.${e.entity}`, { defaultValue: e.entity });
              },
            },
            {
              key: 'change', title: t('audit.change'),
              render: (_, e) => (
                <span className="cd-audit-change">
                  {e.before !== null && e.before !== undefined && <><span className="cd-audit-old">{show(e, 'before')}</span> <ArrowRightOutlined /> </>}
                  <span>{show(e, 'after')}</span>
                </span>
              ),
            },
            { key: 'reason', title: t('audit.reason'), render: (_, e) => e.reason ?? '' },
          ]}
        />
        </div>
      )}
    </Drawer>
  );
}
