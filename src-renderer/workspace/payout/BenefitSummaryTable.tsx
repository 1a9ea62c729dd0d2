import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BenefitSummary } from '../../../shared/payout/result';
import { pick } from '../../rules/rule-vocabulary';
import { Money } from '../shared/Money';

interface LedgerRow { label: string; fen: number; testId?: string }

/** A benefit's deductible or limit over the policy year: the amount, before this claim, this claim, left. */
function Ledger({ rows }: { rows: LedgerRow[] }) {
  return (
    <dl className="cd-ledger">
      {rows.map((r) => (
        <div key={r.label}>
          <dt>{r.label}</dt>
          <dd><Money fen={r.fen} testId={r.testId} /></dd>
        </div>
      ))}
    </dl>
  );
}

/** Each benefit over the policy year: deductible and limit before this claim, taken by it, and left. */
export function BenefitSummaryTable({ benefits }: { benefits: readonly BenefitSummary[] }) {
  const { t, i18n } = useTranslation();
  const col = (key: string) => t(`payout.benefitColumns.${key}`);
  return (
    <Table<BenefitSummary>
      size="small"
      rowKey="benefit"
      className="cd-benefits"
      data-testid="payout-benefits"
      pagination={false}
      dataSource={[...benefits]}
      columns={[
        { key: 'benefit', title: col('benefit'), render: (_, b) => <span title={b.benefit}>{pick(b.name, i18n.language)}</span> },
        {
          key: 'deductible', title: col('deductibleGroup'), width: 190,
          render: (_, b) => (b.deductibleFen === 0 ? <span className="cd-muted">{t('rules.product.noDeductible')}</span> : (
            <Ledger rows={[
              { label: col('perYear'), fen: b.deductibleFen },
              { label: col('usedBefore'), fen: b.deductibleUsedBeforeFen },
              { label: col('taken'), fen: b.deductibleTakenFen, testId: `payout-deductible-taken-${b.benefit}` },
              { label: col('remaining'), fen: b.deductibleRemainingFen },
            ]} />
          )),
        },
        {
          key: 'limit', title: col('limitGroup'), width: 200,
          render: (_, b) => (
            <Ledger rows={[
              { label: col('perYear'), fen: b.limitFen },
              { label: col('paidBefore'), fen: b.paidBeforeFen },
              { label: col('paid'), fen: b.paidFen, testId: `payout-benefit-paid-${b.benefit}` },
              { label: col('remaining'), fen: b.limitRemainingFen },
            ]} />
          ),
        },
      ]}
    />
  );
}
