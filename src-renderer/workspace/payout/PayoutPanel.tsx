import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Empty, Flex, Spin, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpenseRow } from '../../../shared/domain/workspace';
import type { LineStatus, PayoutStatus } from '../../../shared/payout/result';
import { describeError } from '../../common/describe-error';
import { ErrorAlert } from '../../common/ErrorAlert';
import { routeHash } from '../../routing/route';
import { pick, ruleVocabulary } from '../../rules/rule-vocabulary';
import { useEdition, useProducts } from '../../rules/useRuleData';
import { FieldLink } from '../pathway/FieldLink';
import { ReasonList } from '../pathway/ReasonList';
import { useClaim } from '../useClaim';
import { BenefitSummaryTable } from './BenefitSummaryTable';
import { downloadCase } from './download-case';
import { IncludeModal } from './IncludeModal';
import { Money } from '../shared/Money';
import { expenseSource, payoutRows, payoutTotals, type PayoutRow } from './payout-rows';
import { PayoutLineExplanation } from './PayoutLineExplanation';
import { usePayoutReview } from './usePayoutReview';

const LINE_COLOUR: Record<LineStatus, string> = { paid: 'green', pending: 'gold', not_covered: 'red' };
const CLAIM_COLOUR: Record<PayoutStatus, string> = { payable: 'green', pending: 'gold', denied: 'red' };

export interface PayoutPanelProps {
  claimId: string;
  /** Select a document field in the workspace (the viewer scrolls to it and highlights it). */
  onShowField: (fieldId: string) => void;
}

/** 理算: the claim's payout line by line, with the why of every amount, totals and the policy year's benefits. */
export function PayoutPanel({ claimId, onShowField }: PayoutPanelProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const payout = usePayoutReview(claimId);
  const claim = useClaim(claimId);
  const review = payout.data;
  const result = review?.result;
  const products = useProducts(result?.edition);
  // The newest guideline edition names the drugs (Chinese and English) the products list in English.
  const edition = useEdition(null);
  const [toggling, setToggling] = useState<ExpenseRow | null>(null);
  const [exporting, setExporting] = useState(false);

  const vocabulary = useMemo(() => edition.data && ruleVocabulary(edition.data, t, i18n.language), [edition.data, t, i18n.language]);
  const rows = useMemo(() => (result && claim.data ? payoutRows(claim.data.expenses, result.lines) : []), [result, claim.data]);
  const totals = useMemo(() => payoutTotals(result?.lines ?? []), [result]);

  const failed = payout.isError ? payout : claim.isError ? claim : null;
  if (failed) return <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!review || !result || !claim.data) return <Spin style={{ margin: 48 }} />;

  const sources = review.sources;
  const product = products.data?.products.find((p) => p.code === result.product) ?? null;
  const benefitNames = new Map(result.benefits.map((b) => [b.benefit, pick(b.name, i18n.language)]));
  const claimNumber = claim.data.claim.claimNumber;

  const exportCase = (): void => {
    setExporting(true);
    downloadCase(claimId, claimNumber).then(
      (file) => void message.success(t('payout.exported', { file })),
      (error: unknown) => void message.error(describeError(t, error).detail),
    ).finally(() => setExporting(false));
  };

  const columns: ColumnsType<PayoutRow> = [
    {
      key: 'included', title: t('payout.columns.included'), width: 40, align: 'center',
      render: (_, row) => row.expense && (
        <Checkbox
          checked={row.expense.included}
          onChange={() => setToggling(row.expense)}
          aria-label={t('payout.columns.included')}
          data-testid={`payout-include-${row.id}`}
        />
      ),
    },
    {
      key: 'name', title: t('payout.columns.name'),
      render: (_, row) => (
        <>
          <FieldLink source={expenseSource(sources, row.caseIndex)} onShowField={onShowField} testId={`payout-name-${row.id}`}>
            {row.expense?.name ?? row.id}
          </FieldLink>
          <div className="cd-payout-line-meta">
            {row.line
              ? <Tag color={LINE_COLOUR[row.line.status]} variant="filled" data-testid={`payout-status-${row.id}`}>{t(`payout.lineStatus.${row.line.status}`)}</Tag>
              : <Tag data-testid={`payout-status-${row.id}`}>{t('payout.excluded')}</Tag>}
            {row.line?.benefit && <span className="cd-muted" title={row.line.benefit}>{benefitNames.get(row.line.benefit) ?? row.line.benefit}</span>}
          </div>
          {row.line && <ReasonList codes={row.line.reasons} />}
        </>
      ),
    },
    {
      key: 'eligible', title: t('payout.columns.eligible'), align: 'right', width: 104,
      render: (_, row) => row.line && (
        <>
          <Money fen={row.line.eligibleFen} testId={`payout-eligible-${row.id}`} />
          <div className="cd-muted cd-small">{t('payout.deductibleShort')} <Money fen={row.line.deductibleFen} testId={`payout-deductible-${row.id}`} /></div>
        </>
      ),
    },
    {
      key: 'percent', title: t('payout.columns.percent'), align: 'right', width: 48,
      render: (_, row) => row.line?.percent != null && <span className="cd-num" data-testid={`payout-percent-${row.id}`}>{row.line.percent}%</span>,
    },
    {
      key: 'payable', title: t('payout.columns.payable'), align: 'right', width: 100,
      render: (_, row) => row.line && <Money fen={row.line.payableFen} testId={`payout-payable-${row.id}`} />,
    },
  ];

  return (
    <div className="cd-review" data-testid="payout-panel">
      <Flex align="center" gap={12} wrap className="cd-review-toolbar">
        <span className="cd-header-item">
          <span className="cd-header-label">{t('payout.product')}</span>
          <span title={result.product}>{pick(result.productName, i18n.language)}</span>
        </span>
        <span className="cd-header-item">
          <span className="cd-header-label">{t('payout.edition')}</span>
          <span className="cd-mono">{result.edition}</span>
        </span>
        <Tag color={CLAIM_COLOUR[result.status]} variant="solid" data-testid="payout-claim-status" data-status={result.status}>
          {t(`payout.claimStatus.${result.status}`)}
        </Tag>
        <span className="cd-header-item">
          <span className="cd-header-label">{t('payout.payable')}</span>
          <Money fen={result.payableFen} strong testId="payout-claim-payable" />
        </span>
        <Tooltip title={`${claimNumber}.case.json`}>
          <Button size="small" icon={<DownloadOutlined />} loading={exporting} onClick={exportCase} style={{ marginLeft: 'auto' }} data-testid="payout-export">
            {t('payout.exportCase')}
          </Button>
        </Tooltip>
      </Flex>
      <Table<PayoutRow>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        pagination={false}
        loading={payout.isFetching && !payout.isPending}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('payout.noExpenses')} /> }}
        onRow={(row) => ({
          'data-testid': `payout-line-${row.id}`,
          className: row.line ? undefined : 'cd-row-excluded',
        } as HTMLAttributes<HTMLElement>)}
        expandable={{
          rowExpandable: (row) => row.line !== null,
          expandedRowRender: (row) => row.line && (
            <PayoutLineExplanation
              line={row.line}
              benefitName={row.line.benefit ? benefitNames.get(row.line.benefit) ?? null : null}
              product={product}
              treatments={claim.data.treatments}
              vocabulary={vocabulary ?? null}
            />
          ),
        }}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row className="cd-total-row">
              <Table.Summary.Cell index={0} colSpan={3}><strong>{t('payout.total')}</strong></Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <Money fen={totals.eligibleFen} testId="payout-total-eligible" />
                <div className="cd-muted cd-small">{t('payout.deductibleShort')} <Money fen={totals.deductibleFen} testId="payout-total-deductible" /></div>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} />
              <Table.Summary.Cell index={5} align="right"><Money fen={result.payableFen} strong testId="payout-total-payable" /></Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
      <h4 className="cd-section-title">{t('payout.benefits')}</h4>
      <BenefitSummaryTable benefits={result.benefits} />
      <div className="cd-year-to-date cd-small" data-testid="payout-year-to-date">
        <span className="cd-muted">{t('payout.yearToDate')}</span>
        {review.yearToDateFrom.length === 0
          ? <span className="cd-muted">{t('payout.yearToDateNone')}</span>
          : review.yearToDateFrom.map((id, i) => (
            <span key={id}>{i > 0 && t('payout.idSeparator')}<a className="cd-mono" href={routeHash({ name: 'claim', claimId: id })}>{id}</a></span>
          ))}
      </div>
      {toggling && <IncludeModal claimId={claimId} expense={toggling} onClose={() => setToggling(null)} />}
    </div>
  );
}
