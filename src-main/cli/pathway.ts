import { clinicalCaseSchema } from '../../shared/domain/case';
import { checkPathway, toCaseResult } from '../../shared/pathway/evaluate';
import { loadEdition } from '../editions/load-edition';
import { CliInputError, formatJson, readCaseFile, runCli, type CliIo } from './io';

/** `claimdesk pathway CASE.json`: the pathway verdict of every treatment line of the case. */
export function run(args: string[], io: CliIo): Promise<number> {
  return runCli(io, () => {
    const [file, ...extra] = args;
    if (file === undefined || extra.length) throw new CliInputError('usage: claimdesk pathway CASE.json');
    const c = readCaseFile(file, clinicalCaseSchema);
    io.stdout(formatJson(toCaseResult(checkPathway(c, loadEdition()))));
    return 0;
  });
}
