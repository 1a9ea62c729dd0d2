import type { TFunction } from 'i18next';
import { VERDICTS, type Verdict } from '../../../shared/domain/vocabulary';

// Audit entries of the reviews carry small records: a pathway line's `{ verdict, by?, edition }` and
// an expense line's `{ included }`. Read out in words; anything else is left to the caller.

const isVerdict = (v: unknown): v is Verdict => VERDICTS.includes(v as Verdict);

export function reviewChangeText(t: TFunction, entity: string, value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (entity === 'pathway_line' && isVerdict(record.verdict) && typeof record.edition === 'string') {
    return t('audit.verdictChange', {
      who: t(record.by === 'engine' ? 'pathway.engineVerdict' : 'pathway.reviewVerdict'),
      verdict: t(`verdicts.${record.verdict}`),
      edition: record.edition,
    });
  }
  if (entity === 'expense_line' && typeof record.included === 'boolean') {
    return t(record.included ? 'payout.includedState' : 'payout.excluded');
  }
  return null;
}
