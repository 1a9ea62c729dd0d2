import type { Edition } from '../../shared/pathway/edition-schema';
import { latestEditionId } from '../editions/current';
import { listEditionIds, loadEdition } from '../editions/load-edition';
import { CliInputError } from './io';

/**
 * `--edition ID` among a command's arguments: the clinical-pathway edition to check against, by
 * default the newest installed, as the workstation uses (an older one re-runs a past decision). The
 * remaining arguments are returned without it.
 */
export function takeEditionOption(args: readonly string[]): { edition: Edition; rest: string[] } {
  const at = args.indexOf('--edition');
  if (at < 0) return { edition: loadEdition(latestEditionId()), rest: [...args] };
  const id = args[at + 1];
  if (id === undefined || id.startsWith('--')) throw new CliInputError('--edition needs an edition id');
  const installed = listEditionIds();
  if (!installed.includes(id)) throw new CliInputError(`unknown clinical-pathway edition ${id}; installed: ${installed.join(', ')}`);
  return { edition: loadEdition(id), rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}
