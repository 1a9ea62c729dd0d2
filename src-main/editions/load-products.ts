import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseProducts, type ProductEdition } from '../../shared/payout/product-schema';
import { resourcesDir } from '../paths';
import { PRODUCTS_EDITION } from './current';

const cache = new Map<string, ProductEdition>();

/** resources/products/<edition>.json, validated once per process. */
export function loadProducts(edition = PRODUCTS_EDITION): ProductEdition {
  const cached = cache.get(edition);
  if (cached) return cached;
  // An edition id is a file name, never a path.
  if (!/^[A-Z][A-Z0-9]*-\d{4}\.\d+$/.test(edition)) throw new Error(`not a products edition id: ${edition}`);
  const file = path.join(resourcesDir(), 'products', `${edition}.json`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`products edition ${edition}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const products = parseProducts(JSON.parse(text));
  if (products.edition !== edition) throw new Error(`${file}: holds edition ${products.edition}, expected ${edition}`);
  cache.set(edition, products);
  return products;
}
