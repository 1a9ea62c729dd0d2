import { CheckOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { warningKey, type CrossCheckWarning } from '../../../shared/claim-case/cross-checks';
import type { DocumentMeta, Field } from '../../../shared/domain/workspace';
import { documentTypeLabel, fieldKeyLabel } from '../../common/labels';
import { crossCheckMessage } from './cross-check-message';
import { useFieldDisplay } from './useFieldDisplay';

interface Props {
  warnings: readonly CrossCheckWarning[];
  /** Keys of the warnings someone acknowledged: shown as settled, no longer blocking a decision. */
  acknowledged: readonly string[];
  /** Null when the user may not review this claim's fields now. */
  onAcknowledge: ((warning: CrossCheckWarning) => void) | null;
  documents: readonly DocumentMeta[];
  fieldsById: ReadonlyMap<string, Field>;
  onSelect: (field: Field) => void;
}

/**
 * The cross-document checks that fail, above the fields; each names the fields involved as links, with
 * the value read when it is a single one (so two names that differ can be told apart), and can be
 * acknowledged with a note once looked at.
 */
export function CrossCheckAlerts({ warnings, acknowledged, onAcknowledge, documents, fieldsById, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const show = useFieldDisplay();
  if (!warnings.length) return null;
  const typeOf = new Map(documents.map((d) => [d.id, d.documentType]));
  const linkText = (f: Field): string => {
    const names = { document: documentTypeLabel(t, typeOf.get(f.documentId) ?? 'other'), field: fieldKeyLabel(t, f.key) };
    return f.value !== null && typeof f.value !== 'object'
      ? t('crossChecks.fieldLinkValue', { ...names, value: show(f.key, f.value) })
      : t('crossChecks.fieldLink', { ...names, page: f.page });
  };
  return (
    <div className="cd-cross-checks" data-testid="cross-check-warnings">
      {warnings.map((w, i) => {
        const settled = acknowledged.includes(warningKey(w));
        return (
        <Alert
          key={`${w.code}-${i}`}
          type={settled ? 'info' : 'warning'}
          showIcon
          className="cd-cross-check"
          data-testid="cross-check"
          data-code={w.code}
          data-acknowledged={settled}
          title={crossCheckMessage(t, i18n.language, w)}
          action={settled
            ? <span className="cd-muted cd-small"><CheckOutlined /> {t('crossChecks.acknowledged')}</span>
            : onAcknowledge && <Button size="small" onClick={() => onAcknowledge(w)} data-testid="acknowledge-warning">{t('crossChecks.acknowledge')}</Button>}
          description={
            <span className="cd-cross-check-links">
              {w.fieldIds.map((id) => fieldsById.get(id)).filter((f): f is Field => f !== undefined).map((f) => (
                <button key={f.id} type="button" className="cd-field-link" onClick={() => onSelect(f)} data-testid="cross-check-field" data-link-field={f.id}>
                  {linkText(f)}
                </button>
              ))}
            </span>
          }
        />
        );
      })}
    </div>
  );
}
