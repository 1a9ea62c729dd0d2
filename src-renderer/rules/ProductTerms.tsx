import { Descriptions, Empty, Select, Spin, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Benefit, Exclusion, Product } from '../../shared/payout/product-schema';
import { ErrorAlert } from '../common/ErrorAlert';
import { Money } from '../workspace/shared/Money';
import { reasonLabel } from '../workspace/pathway/reason-label';
import { describeCondition, describePercentRule } from './describe-condition';
import { pick, ruleVocabulary, type RuleVocabulary } from './rule-vocabulary';
import { useEdition, useProducts } from './useRuleData';

function ProductCard({ product, v }: { product: Product; v: RuleVocabulary | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const condition = (c: Parameters<typeof describeCondition>[0]) => describeCondition(c, product, t, language);
  return (
    <section className="cd-product" data-testid={`product-${product.code}`}>
      <h3 className="cd-product-title">
        {pick(product.name, language)} <span className="cd-mono cd-muted">{product.code}</span>
      </h3>
      <h4 className="cd-section-title">{t('rules.product.drugLists')}</h4>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={Object.entries(product.drugLists).map(([id, list]) => ({
          key: id,
          label: <span title={id}>{pick(list.name, language)}</span>,
          children: v ? v.and(list.drugs.map(v.drug)) : list.drugs.join(', '),
        }))}
      />
      <h4 className="cd-section-title">{t('rules.product.benefits')}</h4>
      <Table<Benefit>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={product.benefits}
        columns={[
          { key: 'row', title: '#', width: 36, render: (_, _b, i) => i + 1 },
          {
            key: 'name', title: t('payout.columns.benefit'), width: 200,
            render: (_, b) => <><div>{pick(b.name, language)}</div><div className="cd-mono cd-muted cd-small">{b.code}</div></>,
          },
          { key: 'lines', title: t('rules.product.lines'), width: 200, render: (_, b) => condition(b.lines) },
          {
            key: 'gate', title: t('rules.product.pathwayGate'), width: 120,
            render: (_, b) => (b.pathwayGate ? <Tag color="purple">{t('rules.product.gateYes')}</Tag> : <span className="cd-muted">{t('rules.product.gateNo')}</span>),
          },
          {
            key: 'deductible', title: t('rules.product.deductible'), width: 120, align: 'right',
            render: (_, b) => (b.deductibleFen ? <Money fen={b.deductibleFen} /> : t('rules.product.noDeductible')),
          },
          {
            key: 'percent', title: t('rules.product.percent'), width: 220,
            render: (_, b) => <ul className="cd-plain-list">{b.percent.map((_r, i) => <li key={i}>{describePercentRule(b, i, product, t, language)}</li>)}</ul>,
          },
          { key: 'limit', title: t('rules.product.limit'), width: 130, align: 'right', render: (_, b) => <Money fen={b.limitFen} /> },
          {
            key: 'clause', title: t('rules.product.clause'),
            render: (_, b) => <><strong>{b.clause.ref}</strong><div className="cd-small">{pick(b.clause.text, language)}</div></>,
          },
        ]}
      />
      <h4 className="cd-section-title">{t('rules.product.exclusions')}</h4>
      {product.exclusions.length === 0 ? <p className="cd-muted">{t('rules.product.noExclusions')}</p> : (
        <Table<Exclusion>
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={product.exclusions}
          columns={[
            { key: 'code', title: t('rules.product.code'), width: 140, render: (_, x) => <span className="cd-mono">{x.code}</span> },
            { key: 'when', title: t('rules.product.when'), width: 200, render: (_, x) => condition(x.when) },
            { key: 'reason', title: t('rules.product.reason'), width: 200, render: (_, x) => <span title={x.reason}>{reasonLabel(t, x.reason)}</span> },
            {
              key: 'clause', title: t('rules.product.clause'),
              render: (_, x) => <><strong>{x.clause.ref}</strong><div className="cd-small">{pick(x.clause.text, language)}</div></>,
            },
          ]}
        />
      )}
      <h4 className="cd-section-title">{t('rules.product.notCovered')}</h4>
      <p className="cd-small"><strong>{product.notCoveredClause.ref}</strong> {pick(product.notCoveredClause.text, language)}</p>
    </section>
  );
}

/** The product terms of a products edition: benefits in the order they take lines, with their clauses. */
export function ProductTerms({ editions }: { editions: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const [editionId, setEditionId] = useState<string | null>(null);
  const products = useProducts(editionId);
  // Drug lists name drugs in English; the guideline edition's table gives their Chinese names.
  const guideline = useEdition(null);
  const v = useMemo(() => guideline.data && ruleVocabulary(guideline.data, t, i18n.language), [guideline.data, t, i18n.language]);

  if (products.isError) return <ErrorAlert error={products.error} onRetry={() => void products.refetch()} />;
  if (!products.data) return <Spin style={{ margin: 48 }} />;
  const data = products.data;
  return (
    <div className="cd-rules-body cd-rules-scroll">
      <div className="cd-toolbar">
        <Select
          size="small"
          value={data.edition}
          onChange={(id) => setEditionId(id)}
          options={(editions.length ? editions : [data.edition]).map((id) => ({ value: id, label: id }))}
          aria-label={t('rules.edition')}
          popupMatchSelectWidth={false}
        />
        <span className="cd-muted" style={{ marginLeft: 8 }}>{pick(data.title, i18n.language)}</span>
      </div>
      {data.products.length === 0 ? <Empty /> : data.products.map((p) => <ProductCard key={p.code} product={p} v={v ?? null} />)}
    </div>
  );
}
