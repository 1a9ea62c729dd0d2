import { ReloadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Select, Spin, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { caseFromClaim } from '../../../shared/claim-case/case-from-claim';
import type { PathwayLine } from '../../../shared/pathway/types';
import { ErrorAlert } from '../../common/ErrorAlert';
import { useAppInfo } from '../../frame/useAppInfo';
import { useClaimPermissions } from '../shared/useClaimPermissions';
import { ruleVocabulary } from '../../rules/rule-vocabulary';
import { useEdition, useRuleEditions } from '../../rules/useRuleData';
import { useClaim } from '../useClaim';
import { EditionChangesAlert } from './EditionChangesAlert';
import { LineExplanation } from './LineExplanation';
import { OverrideButton } from './OverrideButton';
import { OverrideModal } from './OverrideModal';
import { ReasonList } from './ReasonList';
import { TreatmentDose } from './TreatmentDose';
import { VerdictCell } from './VerdictCell';
import { usePathwayReview } from './usePathwayReview';

export interface PathwayPanelProps {
  claimId: string;
  /** Select a document field in the workspace (the viewer scrolls to it and highlights it). */
  onShowField: (fieldId: string) => void;
}

/** 路径: the clinical-pathway check of every drug line, the reviewer's overrides beside the engine's verdicts. */
export function PathwayPanel({ claimId, onShowField }: PathwayPanelProps) {
  const { t, i18n } = useTranslation();
  const [edition, setEdition] = useState<string | null>(null);
  const review = usePathwayReview(claimId, edition);
  const claim = useClaim(claimId);
  const editions = useRuleEditions();
  const editionData = useEdition(review.data?.edition);
  const user = useAppInfo().data?.currentUser;
  const may = useClaimPermissions(claim.data?.claim);
  const [overriding, setOverriding] = useState<PathwayLine | null>(null);

  const data = review.data;
  const vocabulary = useMemo(
    () => editionData.data && ruleVocabulary(editionData.data, t, i18n.language),
    [editionData.data, t, i18n.language],
  );
  // The case the engine was given, so dose and frequency show as checked and link to their field.
  const treatments = useMemo(() => (claim.data ? caseFromClaim(claim.data).case.treatments : []), [claim.data]);
  const overrides = useMemo(() => new Map((data?.overrides ?? []).map((o) => [o.treatmentId, o])), [data]);

  if (review.isError) return <ErrorAlert error={review.error} onRetry={() => void review.refetch()} />;
  if (!data) return <Spin style={{ margin: 48 }} />;

  const drugName = (line: PathwayLine) => vocabulary?.drug(line.drug) ?? line.drug;
  const canOverride = may('pathway.override');
  const columns: ColumnsType<PathwayLine> = [
    {
      key: 'drug', title: t('pathway.columns.drug'), width: 140,
      render: (_, line) => {
        const index = treatments.findIndex((x) => x.id === line.id);
        return (
          <div data-testid={`pathway-drug-${line.id}`}>
            <div>{drugName(line)}</div>
            {vocabulary?.drugAlt(line.drug) && <div className="cd-muted cd-small">{vocabulary.drugAlt(line.drug)}</div>}
            {index >= 0 && <TreatmentDose treatment={treatments[index]!} index={index} sources={data.sources} onShowField={onShowField} />}
          </div>
        );
      },
    },
    {
      key: 'verdict', title: t('pathway.columns.verdict'), width: 170,
      render: (_, line) => (
        <>
          <VerdictCell line={line} override={overrides.get(line.id) ?? null} />
          <ReasonList codes={line.reasons} />
          <OverrideButton
            allowed={canOverride}
            userName={user?.name ?? ''}
            overridden={overrides.has(line.id)}
            onClick={() => setOverriding(line)}
            testId={`pathway-override-${line.id}`}
          />
        </>
      ),
    },
    {
      key: 'recommendation', title: t('pathway.columns.recommendation'), width: 140,
      render: (_, line) => line.recommendationId && (
        <>
          <div className="cd-mono" data-testid={`pathway-rec-${line.id}`}>{line.recommendationId}</div>
          <div className="cd-muted cd-small" data-testid={`pathway-level-${line.id}`}>{t('rules.levelTag', { level: line.level })} · {line.evidence}</div>
        </>
      ),
    },
  ];

  const editionOptions = (editions.data?.pathway ?? [data.edition]).map((id) => ({ value: id, label: id }));
  return (
    <div className="cd-review" data-testid="pathway-panel">
      <Flex align="center" gap={12} wrap className="cd-review-toolbar">
        <span className="cd-header-item">
          <span className="cd-header-label">{t('pathway.cancerType')}</span>
          <span data-testid="pathway-cancer-type">
            {data.cancerType ? (vocabulary?.cancerType(data.cancerType) ?? data.cancerType) : t('pathway.cancerTypeUnknown')}
          </span>
        </span>
        <span className="cd-header-item">
          <span className="cd-header-label">{t('pathway.edition')}</span>
          <Select size="small" value={data.edition} options={editionOptions} onChange={setEdition} popupMatchSelectWidth={false} aria-label={t('pathway.edition')} />
        </span>
        <Tooltip title={t('pathway.recheck')}>
          <Button size="small" type="text" icon={<ReloadOutlined />} loading={review.isFetching} onClick={() => void review.refetch()} aria-label={t('pathway.recheck')} />
        </Tooltip>
      </Flex>
      {data.previous && data.previous.changes.length > 0 && (
        <EditionChangesAlert previous={data.previous} drugName={(en) => vocabulary?.drug(en) ?? en} />
      )}
      <Table<PathwayLine>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={data.lines}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pathway.noLines')} /> }}
        onRow={(line) => ({ 'data-testid': `pathway-line-${line.id}`, 'data-verdict': line.verdict } as HTMLAttributes<HTMLElement>)}
        expandable={{
          expandedRowRender: (line) => (
            <LineExplanation
              line={line}
              override={overrides.get(line.id) ?? null}
              edition={editionData.data ?? null}
              vocabulary={vocabulary ?? null}
              sources={data.sources}
              onShowField={onShowField}
            />
          ),
        }}
      />
      {overriding && (
        <OverrideModal
          claimId={claimId}
          line={overriding}
          drugName={drugName(overriding)}
          current={overrides.get(overriding.id) ?? null}
          onClose={() => setOverriding(null)}
        />
      )}
    </div>
  );
}
