import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BenefitSummary } from '../../../shared/payout/result';
import { pick } from '../../rules/rule-vocabulary';
import { Money } from './Money';

/** Each benefit over the policy year: deductible and limit before this claim, taken by it, and left. */
export function BenefitSummaryTable({ benefits }: { benefits: readonly BenefitSummary[] }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number, testId?: string) => <Money fen={fen} testId={testId} />;
  const col = (key: string) => t(`payout.benefitColumns.${key}`);
  return (
    <Table<BenefitSummary>
      size="small"
      rowKey="benefit"
      className="cd-benefits"
      data-testid="payout-benefits"
      pagination={false}
      dataSource={[...benefits]}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'benefit', title: col('benefit'), render: (_, b) => <span title={b.benefit}>{pick(b.name, i18n.language)}</span> },
        {
          key: 'deductible', title: col('deductibleGroup'),
          children: [
            { key: 'ded', title: col('perYear'), align: 'right', render: (_, b) => (b.deductibleFen ? money(b.deductibleFen) : t('rules.product.noDeductible')) },
            { key: 'usedBefore', title: col('usedBefore'), align: 'right', render: (_, b) => money(b.deductibleUsedBeforeFen) },
            { key: 'taken', title: col('taken'), align: 'right', render: (_, b) => money(b.deductibleTakenFen, `payout-deductible-taken-${b.benefit}`) },
            { key: 'remaining', title: col('remaining'), align: 'right', render: (_, b) => money(b.deductibleRemainingFen) },
          ],
        },
        {
          key: 'limit', title: col('limitGroup'),
          children: [
            { key: 'lim', title: col('perYear'), align: 'right', render: (_, b) => money(b.limitFen) },
            { key: 'paidBefore', title: col('paidBefore'), align: 'right', render: (_, b) => money(b.paidBeforeFen) },
            { key: 'paid', title: col('paid'), align: 'right', render: (_, b) => money(b.paidFen, `payout-benefit-paid-${b.benefit}`) },
            { key: 'limitRemaining', title: col('remaining'), align: 'right', render: (_, b) => money(b.limitRemainingFen) },
          ],
        },
      ]}
    />
  );
}
