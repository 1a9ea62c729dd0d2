import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLAIM_STATUSES, PRIORITIES } from '../../shared/domain/claim';
import type { WorklistFilter } from '../../shared/domain/worklist';
import { productLabel } from '../common/labels';
import { PRODUCT_CODES } from '../common/products';

interface Props {
  filter: WorklistFilter;
  onChange: (filter: WorklistFilter) => void;
}

/** Set filters over the shared vocabularies, mapped straight onto the contract's WorklistFilter. */
export function FilterBar({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends 'status' | 'priority' | 'product'>(key: K, values: NonNullable<WorklistFilter[K]>): void => {
    const next = { ...filter };
    if (values.length) next[key] = values;
    else delete next[key];
    onChange(next);
  };
  const common = { size: 'small', mode: 'multiple', allowClear: true, maxTagCount: 'responsive', popupMatchSelectWidth: false } as const;
  return (
    <Space size={8} wrap={false}>
      <Select
        {...common}
        placeholder={t('worklist.filterStatus')}
        style={{ width: 190 }}
        value={filter.status ?? []}
        options={CLAIM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        onChange={(v) => set('status', v)}
        data-testid="filter-status"
      />
      <Select
        {...common}
        placeholder={t('worklist.filterPriority')}
        style={{ width: 150 }}
        value={filter.priority ?? []}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        onChange={(v) => set('priority', v)}
        data-testid="filter-priority"
      />
      <Select
        {...common}
        placeholder={t('worklist.filterProduct')}
        style={{ width: 170 }}
        value={filter.product ?? []}
        options={PRODUCT_CODES.map((p) => ({ value: p, label: productLabel(t, p) }))}
        onChange={(v) => set('product', v)}
        data-testid="filter-product"
      />
    </Space>
  );
}
