import { Descriptions, type DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TreatmentRow } from '../../../shared/domain/workspace';
import type { Condition, Product } from '../../../shared/payout/product-schema';
import type { LineExplanation, PayoutLine } from '../../../shared/payout/result';
import { describeCondition, describePercentRule } from '../../rules/describe-condition';
import { pick, type RuleVocabulary } from '../../rules/rule-vocabulary';
import { VerdictTag } from '../pathway/VerdictTag';
import { Money } from '../shared/Money';

interface Props {
  line: PayoutLine;
  benefitName: string | null;
  product: Product | null;
  treatments: readonly TreatmentRow[];
  vocabulary: RuleVocabulary | null;
}

/** Which row of the product's table took the line (or which exclusion stopped it), in words. */
function benefitWhy(e: LineExplanation, product: Product | null, t: TFunction, language: string): string {
  const condition = (c: Condition) => (product ? describeCondition(c, product, t, language) : '');
  switch (e.benefitWhy.kind) {
    case 'matched': return t('payout.explanation.matched', { row: e.benefitWhy.row + 1, condition: condition(e.benefitWhy.lines) });
    case 'excluded': return t('payout.explanation.excludedBy', { code: e.benefitWhy.exclusion, condition: condition(e.benefitWhy.when) });
    case 'no_benefit': return t('payout.explanation.noBenefit');
  }
}

const fenOrNone = (fen: number | null, testId?: string) => (fen === null ? '—' : <Money fen={fen} testId={testId} />);

/** Everything needed to retrace one payout line: benefit and why, the clause, the verdict, each step's amount. */
export function PayoutLineExplanation({ line, benefitName, product, treatments, vocabulary }: Props) {
  const { t, i18n } = useTranslation();
  const e = line.explanation;
  const benefit = product?.benefits.find((b) => b.code === line.benefit);
  const treatment = e.verdictTreatmentId ? treatments.find((x) => x.id === e.verdictTreatmentId) : undefined;
  const items: DescriptionsProps['items'] = [
    ...(e.drug ? [{ key: 'drug', label: t('payout.explanation.drug'), children: vocabulary?.drug(e.drug) ?? e.drug }] : []),
    { key: 'benefit', label: t('payout.explanation.benefit'), children: benefitName ? `${benefitName} (${line.benefit})` : t('common.none') },
    { key: 'why', label: t('payout.explanation.why'), children: benefitWhy(e, product, t, i18n.language) },
    {
      key: 'clause', label: t('payout.explanation.clause'),
      children: <><strong>{e.clause.ref}</strong> {pick(e.clause.text, i18n.language)}</>,
    },
    ...(e.verdict ? [{
      key: 'verdict', label: t('payout.explanation.verdict'),
      children: (
        <>
          <VerdictTag verdict={e.verdict} />
          {e.verdictSource && t(`payout.explanation.verdictSource.${e.verdictSource}`)}
          {treatment && ` · ${vocabulary?.drug(treatment.drug) ?? treatment.drug} (${treatment.id})`}
        </>
      ),
    }] : []),
    ...(benefit && e.percentRule !== null ? [{
      key: 'percent', label: t('payout.explanation.percentRule'),
      children: product && describePercentRule(benefit, e.percentRule, product, t, i18n.language),
    }] : []),
  ];
  const amounts: DescriptionsProps['items'] = e.baseFen === null ? [] : [
    { key: 'dedLeft', label: t('payout.explanation.deductibleRemainingBefore'), children: fenOrNone(e.deductibleRemainingBeforeFen) },
    { key: 'base', label: t('payout.explanation.base'), children: fenOrNone(e.baseFen) },
    { key: 'pay', label: t('payout.explanation.payBeforeLimit'), children: fenOrNone(e.payBeforeLimitFen) },
    { key: 'limitLeft', label: t('payout.explanation.limitRemainingBefore'), children: fenOrNone(e.limitRemainingBeforeFen) },
    { key: 'cut', label: t('payout.explanation.limitCut'), children: <Money fen={e.limitCutFen} testId={`payout-limit-cut-${line.id}`} /> },
  ];
  return (
    <div className="cd-line-explanation" data-testid={`payout-explanation-${line.id}`}>
      <Descriptions size="small" column={1} bordered items={[...items, ...amounts]} styles={{ label: { width: 132, whiteSpace: 'nowrap' } }} />
      {amounts.length === 0 && <div className="cd-muted cd-small cd-pad">{t('payout.explanation.noAmounts')}</div>}
    </div>
  );
}
