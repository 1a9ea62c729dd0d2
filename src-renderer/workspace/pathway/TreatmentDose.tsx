import { useTranslation } from 'react-i18next';
import type { FactSource } from '../../../shared/claim-case/case-from-claim';
import type { PayoutCase } from '../../../shared/domain/case';
import { FieldLink } from './FieldLink';
import { findFactSource } from './fact-source';

interface Props {
  treatment: PayoutCase['treatments'][number];
  /** The treatment's place in the case (its facts are `treatments[i].…`). */
  index: number;
  sources: Readonly<Record<string, FactSource>>;
  onShowField: (fieldId: string) => void;
}

/** `80 mg · 每日一次 · 第 2 周期`, linked to the prescription when the dose was read from it. */
export function TreatmentDose({ treatment, index, sources, onShowField }: Props) {
  const { t } = useTranslation();
  const dose = treatment.dose
    ? `${treatment.dose.value} ${t(`vocab.doseUnit.${treatment.dose.unit}`, { defaultValue: treatment.dose.unit })}`
    : null;
  const frequency = treatment.frequency ? t(`vocab.frequency.${treatment.frequency}`, { defaultValue: treatment.frequency }) : null;
  const cycle = treatment.cycle != null ? t('pathway.cycle', { n: treatment.cycle }) : null;
  if (!dose && !frequency && !cycle) return null;
  return (
    <div className="cd-small" data-testid={`pathway-dose-${treatment.id}`}>
      <FieldLink source={findFactSource(sources, `treatments[${index}].dose`)} onShowField={onShowField}>
        {[dose, frequency, cycle].filter(Boolean).join(' · ')}
      </FieldLink>
    </div>
  );
}
