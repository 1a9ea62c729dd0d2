import { OTHER_DRUGS } from '../../../shared/extraction/drug-aliases';
import type { Edition } from '../../../shared/pathway/edition-schema';
import { pick, type Localized } from '../../rules/rule-vocabulary';

// Drug names in the reader's language. Fields hold a drug's English generic name in lower case
// (docs/document-types.md "Values"); the pathway edition names its drugs in both languages, and the
// other drugs extraction reads (supportive care, chemotherapy outside the edition) have their Chinese
// generic names in shared/extraction. A name neither knows (an unknown drug keeps its printed text)
// is shown as it is.

/** English generic name (lower case) → its name in both languages. */
export type DrugNames = ReadonlyMap<string, Localized>;

const key = (name: string): string => name.trim().toLowerCase();

/** The other drugs by English name, each with the first Chinese generic name listed for it. */
const OTHER: DrugNames = (() => {
  const names = new Map<string, Localized>();
  for (const [zh, en] of Object.entries(OTHER_DRUGS)) if (!names.has(key(en))) names.set(key(en), { en, 'zh-CN': zh });
  return names;
})();

const byEdition = new WeakMap<Edition['drugs'], DrugNames>();

/** The names of an edition's drugs and of the other known drugs; the edition's win. */
export function drugNames(drugs?: Edition['drugs'] | null): DrugNames {
  if (!drugs) return OTHER;
  let names = byEdition.get(drugs);
  if (!names) {
    const table = new Map(OTHER);
    for (const d of drugs) table.set(key(d.en), { en: d.en, 'zh-CN': d['zh-CN'] });
    byEdition.set(drugs, (names = table));
  }
  return names;
}

/** `osimertinib` → 奥希替尼 (zh-CN) or osimertinib (English); an unknown name as it is. */
export function drugName(names: DrugNames, drug: string, language: string): string {
  const name = names.get(key(drug));
  return name ? pick(name, language) : drug;
}
