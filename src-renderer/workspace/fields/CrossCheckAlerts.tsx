import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CrossCheckWarning } from '../../../shared/claim-case/cross-checks';
import type { DocumentMeta, Field } from '../../../shared/domain/workspace';
import { documentTypeLabel, fieldKeyLabel } from '../../common/labels';
import { crossCheckMessage } from './cross-check-message';
import { displayValue } from './field-display';

interface Props {
  warnings: readonly CrossCheckWarning[];
  documents: readonly DocumentMeta[];
  fieldsById: ReadonlyMap<string, Field>;
  onSelect: (field: Field) => void;
}

/**
 * The cross-document checks that fail, above the fields; each names the fields involved as links, with
 * the value read when it is a single one (so two names that differ can be told apart).
 */
export function CrossCheckAlerts({ warnings, documents, fieldsById, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  if (!warnings.length) return null;
  const typeOf = new Map(documents.map((d) => [d.id, d.documentType]));
  const linkText = (f: Field): string => {
    const names = { document: documentTypeLabel(t, typeOf.get(f.documentId) ?? 'other'), field: fieldKeyLabel(t, f.key) };
    return f.value !== null && typeof f.value !== 'object'
      ? t('crossChecks.fieldLinkValue', { ...names, value: displayValue(t, i18n.language, f.key, f.value) })
      : t('crossChecks.fieldLink', { ...names, page: f.page });
  };
  return (
    <div className="cd-cross-checks" data-testid="cross-check-warnings">
      {warnings.map((w, i) => (
        <Alert
          key={`${w.code}-${i}`}
          type="warning"
          showIcon
          className="cd-cross-check"
          data-testid="cross-check"
          data-code={w.code}
          title={crossCheckMessage(t, i18n.language, w)}
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
      ))}
    </div>
  );
}
