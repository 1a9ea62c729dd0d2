import { CheckOutlined, EditOutlined, FileTextOutlined, ScanOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../shared/domain/workspace';
import { percent } from '../../common/format';
import { fieldKeyLabel } from '../../common/labels';
import { confidenceLevel } from './confidence';
import { FieldValue } from './FieldValue';

const STATUS_COLOUR = { extracted: 'default', confirmed: 'green', corrected: 'blue' } as const;
const SOURCE_ICON = { text: <FileTextOutlined />, ocr: <ScanOutlined />, manual: <UserOutlined /> } as const;

interface Props {
  field: Field;
  selected: boolean;
  confirming: boolean;
  // Handed the field, so one function serves every row and a row renders again only when it changes.
  onSelect: (field: Field) => void;
  onEdit: (field: Field) => void;
  onConfirm: (field: Field) => void;
  /** The user may review this claim's fields now (its assignee, in a state that allows it). */
  editable: boolean;
}

/** One read field: label, value, printed text, confidence as the edge colour, status and source. */
export const FieldRow = memo(function FieldRow({ field, selected, confirming, onSelect, onEdit, onConfirm, editable }: Props) {
  const { t } = useTranslation();
  const level = confidenceLevel(field.confidence);
  return (
    <div
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      className={`cd-field cd-conf-${level}${selected ? ' cd-field-selected' : ''}`}
      onClick={() => onSelect(field)}
      onDoubleClick={() => editable && onEdit(field)}
      data-testid="field-row"
      data-field-key={field.key}
      data-field-id={field.id}
      data-status={field.status}
    >
      <div className="cd-field-head">
        <span className="cd-field-label">{fieldKeyLabel(t, field.key)}</span>
        <Tag color={STATUS_COLOUR[field.status]} variant="filled" data-testid="field-status">{t(`fieldStatus.${field.status}`)}</Tag>
        {editable && <span className="cd-field-actions">
          {field.status === 'extracted' && (
            <Tooltip title={t('fields.confirm')}>
              <Button size="small" type="text" icon={<CheckOutlined />} loading={confirming} aria-label={t('fields.confirm')}
                onClick={(e) => { e.stopPropagation(); onConfirm(field); }} data-testid="field-confirm" />
            </Tooltip>
          )}
          <Tooltip title={t('fields.edit')}>
            <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('fields.edit')}
              onClick={(e) => { e.stopPropagation(); onEdit(field); }} data-testid="field-edit" />
          </Tooltip>
        </span>}
      </div>
      <FieldValue field={field} />
      <div className="cd-field-meta cd-muted">
        {field.text && <span className="cd-field-printed" title={field.text}>{t('fields.printed')}: {field.text}</span>}
        <span className={`cd-conf-text-${level}`} data-testid="field-confidence" data-level={level}>{t('fields.confidence', { value: percent(field.confidence) })}</span>
        <span className="cd-field-source" data-testid="field-source" data-source={field.source}>{SOURCE_ICON[field.source]} {t(`fieldSource.${field.source}`)}</span>
      </div>
    </div>
  );
});
