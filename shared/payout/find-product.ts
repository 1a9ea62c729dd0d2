import type { Product, ProductEdition } from './product-schema';

/** A claim names a product the edition does not have; the message names the field as bad input does. */
export class UnknownProductError extends Error {
  override name = 'UnknownProductError';

  constructor(readonly product: string) {
    super(`claim.product: unknown product ${product}`);
  }
}

export function findProduct(products: ProductEdition, code: string): Product {
  const product = products.products.find((p) => p.code === code);
  if (!product) throw new UnknownProductError(code);
  return product;
}
