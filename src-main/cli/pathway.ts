import { clinicalCaseSchema } from '../../shared/domain/case';
import { checkPathway, toCaseResult } from '../../shared/pathway/evaluate';
import { takeEditionOption } from './edition-option';
import { CliInputError, formatJson, readCaseFile, runCli, type CliIo } from './io';

/** `claimdesk pathway CASE.json [--edition ID]`: the pathway verdict of every treatment line of the case. */
export function run(args: string[], io: CliIo): Promise<number> {
  return runCli(io, () => {
    const { edition, rest } = takeEditionOption(args);
    const [file, ...extra] = rest;
    if (file === undefined || extra.length) throw new CliInputError('usage: claimdesk pathway CASE.json [--edition ID]');
    const c = readCaseFile(file, clinicalCaseSchema);
    io.stdout(formatJson(toCaseResult(checkPathway(c, edition))));
    return 0;
  });
}
