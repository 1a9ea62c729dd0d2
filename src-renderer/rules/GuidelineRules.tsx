import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Select, Spin, Table, Tag, type InputRef } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level, type Recommendation } from '../../shared/pathway/edition-schema';
import { ErrorAlert } from '../common/ErrorAlert';
import { useSlashFocus } from '../worklist/useSlashFocus';
import { describeCompanions, describeDose, describeLineRule, describeMarkerConditions } from './describe-criterion';
import { RecommendationDetail } from './RecommendationDetail';
import { filterRecommendations, searchIndex } from './rule-search';
import { ruleVocabulary } from './rule-vocabulary';
import { useArrowSelection } from './useArrowSelection';
import { useEdition } from './useRuleData';

/** The guideline edition as a searchable table, with the selected recommendation in full beside it. */
export function GuidelineRules({ editions }: { editions: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const [editionId, setEditionId] = useState<string | null>(null);
  const edition = useEdition(editionId);
  const [query, setQuery] = useState('');
  const [cancerType, setCancerType] = useState<string | null>(null);
  const [level, setLevel] = useState<Level | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const searchRef = useRef<InputRef | null>(null);
  const tableRef = useRef<HTMLDivElement | null>(null);
  useSlashFocus(searchRef);

  const data = edition.data;
  const vocabulary = useMemo(() => data && ruleVocabulary(data, t, i18n.language), [data, t, i18n.language]);
  const index = useMemo(() => (data ? searchIndex(data) : new Map<string, string>()), [data]);
  const rows = useMemo(() => (data ? filterRecommendations(data, index, { query, cancerType, level }) : []), [data, index, query, cancerType, level]);
  const ids = useMemo(() => rows.map((r) => r.id), [rows]);
  useArrowSelection(ids, selected, setSelected);

  // The selection follows the search: the first match is shown until the reviewer picks another.
  const current = rows.find((r) => r.id === selected) ?? rows[0] ?? null;
  useEffect(() => {
    if (current) tableRef.current?.querySelector(`[data-row-key="${CSS.escape(current.id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  if (edition.isError) return <ErrorAlert error={edition.error} onRetry={() => void edition.refetch()} />;
  if (!data || !vocabulary) return <Spin style={{ margin: 48 }} />;

  const columns: ColumnsType<Recommendation> = [
    { key: 'id', title: t('rules.columns.id'), width: 160, render: (_, r) => <span className="cd-mono">{r.id}</span> },
    { key: 'cancerType', title: t('rules.columns.cancerType'), width: 92, render: (_, r) => vocabulary.cancerType(r.cancerType) },
    { key: 'lineRule', title: t('rules.columns.lineRule'), render: (_, r) => describeLineRule(r, vocabulary) },
    { key: 'conditions', title: t('rules.columns.conditions'), width: 170, render: (_, r) => describeMarkerConditions(r, vocabulary) },
    {
      key: 'drug', title: t('rules.columns.drug'), width: 120,
      render: (_, r) => (
        <div data-testid={`rule-drug-${r.id}`}>
          <div>{vocabulary.drug(r.drug)}</div>
          <div className="cd-muted cd-small">{vocabulary.drugAlt(r.drug)}</div>
        </div>
      ),
    },
    { key: 'companions', title: t('rules.columns.companions'), width: 130, render: (_, r) => (r.with ? describeCompanions(r.with, vocabulary) : '') },
    { key: 'dose', title: t('rules.columns.dose'), width: 140, render: (_, r) => describeDose(r.dose, vocabulary) },
    { key: 'level', title: t('rules.columns.level'), width: 52, align: 'center', render: (_, r) => <Tag color={r.level === 'I' ? 'blue' : 'default'}>{r.level}</Tag> },
    { key: 'evidence', title: t('rules.columns.evidence'), width: 52, align: 'center', render: (_, r) => r.evidence },
  ];

  return (
    <div className="cd-rules-body">
      <Flex gap={8} align="center" wrap className="cd-toolbar">
        <Select
          size="small"
          value={data.id}
          onChange={(id) => setEditionId(id)}
          options={(editions.length ? editions : [data.id]).map((id) => ({ value: id, label: id }))}
          aria-label={t('rules.edition')}
          popupMatchSelectWidth={false}
        />
        <Input
          ref={searchRef}
          size="small"
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('rules.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 340 }}
          data-testid="rules-search"
        />
        <Select
          size="small"
          allowClear
          placeholder={t('rules.allCancerTypes')}
          value={cancerType}
          onChange={(v: string | undefined) => setCancerType(v ?? null)}
          options={data.cancerTypes.map((c) => ({ value: c.id, label: vocabulary.cancerType(c.id) }))}
          style={{ width: 180 }}
          popupMatchSelectWidth={false}
          data-testid="rules-cancer-type"
        />
        <Select
          size="small"
          allowClear
          placeholder={t('rules.allLevels')}
          value={level}
          onChange={(v: Level | undefined) => setLevel(v ?? null)}
          options={LEVELS.map((l) => ({ value: l, label: t('rules.levelTag', { level: l }) }))}
          style={{ width: 110 }}
          data-testid="rules-level"
        />
        <span className="cd-muted" data-testid="rules-count">{t('rules.count', { n: rows.length })}</span>
      </Flex>
      <div className="cd-rules-split">
        <div className="cd-rules-table" ref={tableRef}>
          <Table<Recommendation>
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={rows}
            pagination={false}
            onRow={(r) => ({
              onClick: () => setSelected(r.id),
              className: r.id === current?.id ? 'cd-row-selected' : undefined,
              'data-testid': `rule-row-${r.id}`,
            } as HTMLAttributes<HTMLElement>)}
          />
        </div>
        <aside className="cd-rules-detail">
          <RecommendationDetail edition={data} rec={current} vocabulary={vocabulary} />
        </aside>
      </div>
    </div>
  );
}
