import type { TFunction } from 'i18next';
import type { Edition } from '../../shared/pathway/edition-schema';

// How the names of an edition read in the reviewer's language: drugs and cancer types by the
// edition's own bilingual tables, list joins by Intl (「A、B或C」, "A, B, or C"). Pure: no DOM.

export interface Localized { en: string; 'zh-CN': string }

export interface RuleVocabulary {
  t: TFunction;
  language: string;
  /** The drug's name in the current language (the edition's Chinese generic name, or the English one). */
  drug(en: string): string;
  /** The drug's name in the other language, shown beside it; null for a drug the edition does not name. */
  drugAlt(en: string): string | null;
  drugClass(id: string): string;
  cancerType(id: string): string;
  /** `A, B, or C` / 「A、B或C」. */
  or(items: readonly string[]): string;
  /** `A, B, and C` / 「A、B和C」. */
  and(items: readonly string[]): string;
}

export const isEnglish = (language: string): boolean => language.toLowerCase().startsWith('en');

/** The text of a bilingual value for the UI language (Chinese unless the UI is English). */
export const pick = (text: Localized, language: string): string => (isEnglish(language) ? text.en : text['zh-CN']);

const lists = new Map<string, Intl.ListFormat>();
function listFormat(language: string, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const id = `${language}|${type}`;
  let f = lists.get(id);
  if (!f) lists.set(id, (f = new Intl.ListFormat(isEnglish(language) ? 'en' : 'zh-CN', { type })));
  return f;
}

export function ruleVocabulary(edition: Edition, t: TFunction, language: string): RuleVocabulary {
  const drugs = new Map(edition.drugs.map((d) => [d.en, d]));
  const classes = new Map(edition.drugClasses.map((c) => [c.id, c.name]));
  const types = new Map(edition.cancerTypes.map((c) => [c.id, c.name]));
  return {
    t,
    language,
    drug: (en) => {
      const d = drugs.get(en);
      return d ? pick(d, language) : en;
    },
    drugAlt: (en) => {
      const d = drugs.get(en);
      return d ? (isEnglish(language) ? d['zh-CN'] : d.en) : null;
    },
    drugClass: (id) => {
      const name = classes.get(id);
      return name ? pick(name, language) : id;
    },
    cancerType: (id) => {
      const name = types.get(id);
      return name ? pick(name, language) : id;
    },
    or: (items) => listFormat(language, 'disjunction').format(items),
    and: (items) => listFormat(language, 'conjunction').format(items),
  };
}
