import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { GuidelineRules } from './GuidelineRules';
import { ProductTerms } from './ProductTerms';
import { useRuleEditions } from './useRuleData';

/** 规则: the clinical-pathway edition and the product terms exactly as the engines read them. */
export function RulesPage() {
  const { t } = useTranslation();
  const editions = useRuleEditions();
  return (
    <div className="cd-rules" data-testid="rules-page">
      <Tabs
        size="small"
        className="cd-rules-tabs"
        items={[
          { key: 'guideline', label: t('rules.tabs.guideline'), children: <GuidelineRules editions={editions.data?.pathway ?? []} /> },
          { key: 'products', label: t('rules.tabs.products'), children: <ProductTerms editions={editions.data?.payout ?? []} /> },
        ]}
      />
    </div>
  );
}
