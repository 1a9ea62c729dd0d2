import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { warningKey, type CrossCheckWarning } from '../../../shared/claim-case/cross-checks';
import type { Guard } from '../../../shared/domain/decision';
import { documentTypeLabel } from '../../common/labels';
import { crossCheckMessage } from '../fields/cross-check-message';

interface Props {
  guards: readonly Guard[];
  warnings: readonly CrossCheckWarning[];
  /** Where each guard is fixed: the field to look at, the confirmation loop, a referral. */
  onShowField: (fieldId: string) => void;
  onStartReview: () => void;
  onRefer: (() => void) | null;
  drugName: (drug: string) => string;
}

/** 付款前须处理: what stands between the claim and an approval, each a link to where it is put right. */
export function GuardList({ guards, warnings, onShowField, onStartReview, onRefer, drugName }: Props) {
  const { t, i18n } = useTranslation();
  if (!guards.length) return <div className="cd-guards-clear" data-testid="guards-clear">{t('decision.guards.clear')}</div>;
  const byKey = new Map(warnings.map((w) => [warningKey(w), w]));
  const text = (g: Guard): string => {
    switch (g.code) {
      case 'FIELDS_UNCONFIRMED': return t('decision.guards.FIELDS_UNCONFIRMED', { count: g.fieldIds.length });
      case 'WARNING_UNACKNOWLEDGED': {
        const w = g.warningKey ? byKey.get(g.warningKey) : undefined;
        return t('decision.guards.WARNING_UNACKNOWLEDGED', { message: w ? crossCheckMessage(t, i18n.language, w) : g.warningCode });
      }
      case 'OFF_PATHWAY_PAID': return t('decision.guards.OFF_PATHWAY_PAID', { drug: g.drug ? drugName(g.drug) : g.treatmentId });
      case 'DOCUMENT_TYPE_MISSING': return g.marker
        ? t('decision.guards.DOCUMENT_TYPE_MISSING_MARKER', { type: documentTypeLabel(t, g.documentType ?? 'other'), marker: g.marker })
        : t('decision.guards.DOCUMENT_TYPE_MISSING', { type: documentTypeLabel(t, g.documentType ?? 'other') });
    }
  };
  const action = (g: Guard) => {
    const first = g.fieldIds[0];
    switch (g.code) {
      case 'FIELDS_UNCONFIRMED': return <Button size="small" type="link" onClick={onStartReview} data-testid="guard-start-review">{t('decision.guards.review')}</Button>;
      case 'WARNING_UNACKNOWLEDGED': return first ? <Button size="small" type="link" onClick={() => onShowField(first)}>{t('decision.guards.look')}</Button> : null;
      case 'OFF_PATHWAY_PAID': return onRefer ? <Button size="small" type="link" onClick={onRefer}>{t('decision.refer')}</Button> : null;
      case 'DOCUMENT_TYPE_MISSING': return <span className="cd-muted cd-small">{t('decision.guards.pendHint')}</span>;
    }
  };
  return (
    <div className="cd-guards" data-testid="decision-guards">
      <div className="cd-guards-title">{t('decision.guards.title', { count: guards.length })}</div>
      <ul>
        {guards.map((g, i) => (
          <li key={`${g.code}-${i}`} data-testid="decision-guard" data-code={g.code}>
            <ExclamationCircleOutlined className="cd-guard-icon" />
            <span className="cd-guard-text">{text(g)}</span>
            {action(g)}
          </li>
        ))}
      </ul>
    </div>
  );
}
