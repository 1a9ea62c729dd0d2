import { FileSearchOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactSource } from '../../../shared/claim-case/case-from-claim';
import { fieldKeyLabel } from '../../common/labels';

interface Props {
  source: FactSource | null;
  onShowField: (fieldId: string) => void;
  children: ReactNode;
  testId?: string;
}

/** A fact or amount that links to the document field it was read from; plain text when none. */
export function FieldLink({ source, onShowField, children, testId }: Props) {
  const { t } = useTranslation();
  if (!source) return <span data-testid={testId}>{children}</span>;
  return (
    <Tooltip title={t('pathway.factFromField', { field: fieldKeyLabel(t, source.key) })}>
      <button type="button" className="cd-field-link" data-testid={testId} data-source-field={source.fieldId} onClick={() => onShowField(source.fieldId)}>
        {children} <FileSearchOutlined />
      </button>
    </Tooltip>
  );
}
