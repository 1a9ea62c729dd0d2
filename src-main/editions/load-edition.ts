import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEdition, type Edition } from '../../shared/pathway/edition-schema';
import { resourcesDir } from '../paths';

// Clinical-pathway editions ship as data in resources/guidelines/<id>.json; each is parsed and
// validated once per process.

export const DEFAULT_EDITION_ID = 'CDP-2025.1';

const guidelinesDir = (): string => path.join(resourcesDir(), 'guidelines');
const cache = new Map<string, Edition>();

export function listEditionIds(): string[] {
  return readdirSync(guidelinesDir()).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
}

export function loadEdition(id = DEFAULT_EDITION_ID): Edition {
  const hit = cache.get(id);
  if (hit) return hit;
  if (!listEditionIds().includes(id)) throw new Error(`unknown clinical-pathway edition ${id}`);
  const file = path.join(guidelinesDir(), `${id}.json`);
  const edition = parseEdition(JSON.parse(readFileSync(file, 'utf8')));
  if (edition.id !== id) throw new Error(`${file}: edition id ${edition.id} does not match its file name`);
  cache.set(id, edition);
  return edition;
}
