import { Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, Field } from '../../../shared/domain/workspace';
import { ErrorAlert } from '../../common/ErrorAlert';
import { documentTypeLabel, fieldKeyLabel } from '../../common/labels';
import { percent } from '../../common/format';
import { useWindowKeydown } from '../../common/useWindowKeydown';
import { FieldValue } from '../fields/FieldValue';

interface Props {
  fields: readonly Field[];
  documents: readonly DocumentMeta[];
  minConfidence: number;
  saving: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * 批量确认: the fields read with high confidence that no cross-check questions (biomarker results never
 * among them), listed for the person to look over; Enter confirms them all, Esc goes back.
 */
export function BulkConfirmModal({ fields, documents, minConfidence, saving, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const typeOf = new Map(documents.map((d) => [d.id, d.documentType]));
  useWindowKeydown((e) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.altKey || e.metaKey || saving) return;
    e.preventDefault();
    onConfirm();
  });
  return (
    <Modal
      open
      width={720}
      title={t('review.bulkTitle', { count: fields.length })}
      okText={t('review.bulkConfirm', { count: fields.length })}
      okButtonProps={{ loading: saving, ...{ 'data-testid': 'bulk-confirm-ok' } }}
      onOk={onConfirm}
      onCancel={onCancel}
    >
      <p className="cd-muted cd-small" data-testid="bulk-confirm" data-count={fields.length}>{t('review.bulkIntro', { level: percent(minConfidence) })}</p>
      <Table<Field>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ y: 420 }}
        dataSource={[...fields]}
        columns={[
          { key: 'doc', title: t('review.bulkDocument'), width: 120, render: (_, f) => documentTypeLabel(t, typeOf.get(f.documentId) ?? 'other') },
          { key: 'field', title: t('review.bulkField'), width: 130, render: (_, f) => fieldKeyLabel(t, f.key) },
          { key: 'value', title: t('review.bulkValue'), render: (_, f) => <FieldValue field={f} /> },
          { key: 'confidence', title: t('review.bulkConfidence'), width: 70, align: 'right', render: (_, f) => `${percent(f.confidence)}%` },
        ]}
      />
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
    </Modal>
  );
}
