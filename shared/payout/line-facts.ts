import type { Catalogue, ExpenseKind, ExpenseSetting } from '../domain/vocabulary';
import type { Condition, Product } from './product-schema';

/** What a product's conditions read about one expense line and its claim. */
export interface LineFacts {
  kind: ExpenseKind;
  /** The drug's English generic name (normalised), or null. */
  drug: string | null;
  setting: ExpenseSetting;
  catalogue: Catalogue;
  preExisting: boolean;
  socialInsuranceSettled: boolean;
}

const listSets = new WeakMap<Product, ReadonlyMap<string, ReadonlySet<string>>>();

/** The product's drug lists as sets, built once per product object. */
function drugListsOf(product: Product): ReadonlyMap<string, ReadonlySet<string>> {
  let sets = listSets.get(product);
  if (!sets) {
    sets = new Map(Object.entries(product.drugLists).map(([id, list]) => [id, new Set(list.drugs)]));
    listSets.set(product, sets);
  }
  return sets;
}

/** Whether every fact the condition names holds for the line (absent keys hold for any line). */
export function matchesCondition(condition: Condition, facts: LineFacts, product: Product): boolean {
  return (!condition.kinds || condition.kinds.includes(facts.kind))
    && (condition.drugList === undefined
      || (facts.kind === 'drug' && facts.drug !== null && drugListsOf(product).get(condition.drugList)?.has(facts.drug) === true))
    && (!condition.settings || condition.settings.includes(facts.setting))
    && (!condition.catalogues || condition.catalogues.includes(facts.catalogue))
    && (condition.preExisting === undefined || condition.preExisting === facts.preExisting)
    && (condition.socialInsuranceSettled === undefined || condition.socialInsuranceSettled === facts.socialInsuranceSettled);
}
