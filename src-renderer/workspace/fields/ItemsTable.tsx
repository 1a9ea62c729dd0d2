import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldKeyLabel } from '../../common/labels';
import { fieldKind } from './field-kind';
import { useFieldDisplay } from './useFieldDisplay';

type Item = Record<string, unknown>;

const isItem = (v: unknown): v is Item => v !== null && typeof v === 'object' && !Array.isArray(v);

/** An item list (invoice lines, expense lines, prescribed drugs) as a compact table of its keys. */
export function ItemsTable({ items }: { items: readonly unknown[] }) {
  const { t } = useTranslation();
  const show = useFieldDisplay();
  const rows = items.filter(isItem);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return (
    <Table<Item & { __row: number }>
      size="small"
      pagination={false}
      bordered
      className="cd-items"
      rowKey="__row"
      dataSource={rows.map((r, i) => ({ ...r, __row: i }))}
      columns={keys.map((k) => ({
        key: k,
        dataIndex: k,
        title: fieldKeyLabel(t, k),
        align: fieldKind(k, rows.find((r) => r[k] !== undefined)?.[k]) === 'amount' ? 'right' : 'left',
        render: (v: unknown) => show(k, v),
      }))}
      scroll={{ x: 'max-content' }}
    />
  );
}
