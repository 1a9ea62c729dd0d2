import { payoutCaseSchema } from '../../shared/domain/case';
import { toCaseResult } from '../../shared/payout/case-result';
import { findProduct, UnknownProductError } from '../../shared/payout/find-product';
import { payoutWithPathway } from '../../shared/payout/with-pathway';
import { loadEdition } from '../editions/load-edition';
import { loadProducts } from '../editions/load-products';
import { CliInputError, formatJson, readCaseFile, runCli, type CliIo } from './io';

/** `claimdesk payout CASE.json`: the claim's payout under its product, lines without a verdict checked on the pathway. */
export function run(args: string[], io: CliIo): Promise<number> {
  return runCli(io, () => {
    const [file, ...extra] = args;
    if (file === undefined || extra.length) throw new CliInputError('usage: claimdesk payout CASE.json');
    const c = readCaseFile(file, payoutCaseSchema);
    const products = loadProducts();
    try {
      findProduct(products, c.claim.product);
    } catch (e) {
      if (e instanceof UnknownProductError) throw new CliInputError(e.message);
      throw e;
    }
    io.stdout(formatJson(toCaseResult(payoutWithPathway(c, products, loadEdition()))));
    return 0;
  });
}
