import { payoutCaseSchema } from '../../shared/domain/case';
import { toCaseResult } from '../../shared/payout/case-result';
import { findProduct, UnknownProductError } from '../../shared/payout/find-product';
import { payoutWithPathway } from '../../shared/payout/with-pathway';
import { loadProducts } from '../editions/load-products';
import { takeEditionOption } from './edition-option';
import { CliInputError, formatJson, readCaseFile, runCli, type CliIo } from './io';

/**
 * `claimdesk payout CASE.json [--edition ID]`: the claim's payout under its product, lines without a
 * verdict checked on the pathway edition.
 */
export function run(args: string[], io: CliIo): Promise<number> {
  return runCli(io, () => {
    const { edition, rest } = takeEditionOption(args);
    const [file, ...extra] = rest;
    if (file === undefined || extra.length) throw new CliInputError('usage: claimdesk payout CASE.json [--edition ID]');
    const c = readCaseFile(file, payoutCaseSchema);
    const products = loadProducts();
    try {
      findProduct(products, c.claim.product);
    } catch (e) {
      if (e instanceof UnknownProductError) throw new CliInputError(e.message);
      throw e;
    }
    io.stdout(formatJson(toCaseResult(payoutWithPathway(c, products, edition))));
    return 0;
  });
}
