import type { TFunction } from 'i18next';
import type { Benefit, Condition, Product } from '../../shared/payout/product-schema';
import { pick } from './rule-vocabulary';

// A product's conditions in words (which lines a benefit takes, when a percent or an exclusion
// applies), for the rules page and the payout panel's explanations. Pure: no DOM.

export function describeCondition(c: Condition, product: Product, t: TFunction, language: string): string {
  const parts: string[] = [];
  if (c.drugList !== undefined) {
    const list = product.drugLists[c.drugList];
    parts.push(t('rules.conditions.drugList', { list: list ? pick(list.name, language) : c.drugList }));
  }
  if (c.kinds) parts.push(c.kinds.map((k) => t(`vocab.expenseKind.${k}`)).join('/'));
  if (c.settings) parts.push(c.settings.map((s) => t(`vocab.expenseSetting.${s}`)).join('/'));
  if (c.catalogues) parts.push(c.catalogues.map((k) => t(`fieldValues.catalogue.${k}`, { defaultValue: k })).join('/'));
  if (c.preExisting !== undefined) parts.push(t(`rules.conditions.preExisting.${String(c.preExisting)}`));
  if (c.socialInsuranceSettled !== undefined) parts.push(t(`rules.conditions.socialInsuranceSettled.${String(c.socialInsuranceSettled)}`));
  return parts.length ? parts.join(t('rules.conditions.separator')) : t('rules.conditions.any');
}

/** `pre-existing condition: 30%`, then `otherwise: 70%`; a single unconditional rule is just `70%`. */
export function describePercentRule(benefit: Benefit, index: number, product: Product, t: TFunction, language: string): string {
  const rule = benefit.percent[index];
  if (!rule) return '';
  if (!rule.when) {
    return benefit.percent.length === 1 ? `${rule.percent}%` : t('rules.conditions.percentRule', { condition: t('rules.conditions.otherwise'), percent: rule.percent });
  }
  return t('rules.conditions.percentRule', { condition: describeCondition(rule.when, product, t, language), percent: rule.percent });
}
