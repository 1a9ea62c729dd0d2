import { ContractError } from '../../shared/contract/errors';
import type { Edition } from '../../shared/pathway/edition-schema';
import type { ProductEdition } from '../../shared/payout/product-schema';
import { latestEditionId, PRODUCTS_EDITION } from '../editions/current';
import { listEditionIds, loadEdition } from '../editions/load-edition';
import { loadProducts } from '../editions/load-products';
import type { Slice } from './slice';

// The rule browser's data: guideline editions and product terms, exactly as the engines read them.

function editionData(id: string = latestEditionId()): Edition {
  if (!listEditionIds().includes(id)) throw new ContractError('NOT_FOUND', `no clinical-pathway edition ${id}`);
  return loadEdition(id);
}

function productsData(id: string = PRODUCTS_EDITION): ProductEdition {
  if (id !== PRODUCTS_EDITION) throw new ContractError('NOT_FOUND', `no products edition ${id}`);
  return loadProducts(id);
}

export const ruleServices = (): Slice<'rules.editions' | 'rules.edition' | 'rules.products'> => ({
  'rules.editions': () => ({ pathway: listEditionIds(), payout: [PRODUCTS_EDITION] }),
  'rules.edition': (r) => editionData(r.edition),
  'rules.products': (r) => productsData(r.edition),
});
