import { Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Edition, Recommendation } from '../../shared/pathway/edition-schema';
import { describeCompanions, describeCriterion, describeDose } from './describe-criterion';
import { pick, type RuleVocabulary } from './rule-vocabulary';

interface Props {
  edition: Edition;
  rec: Recommendation | null;
  vocabulary: RuleVocabulary;
}

/** One recommendation in full: every criterion in words, companions, dose, and its text with citation. */
export function RecommendationDetail({ edition, rec, vocabulary: v }: Props) {
  const { t, i18n } = useTranslation();
  if (!rec) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rules.detail.selectHint')} style={{ marginTop: 48 }} />;
  return (
    <article className="cd-rule-detail" data-testid="rule-detail" data-rec={rec.id}>
      <header>
        <div className="cd-rule-detail-title">
          <strong>{v.drug(rec.drug)}</strong>
          <span className="cd-muted"> {v.drugAlt(rec.drug)}</span>
        </div>
        <div className="cd-rule-detail-tags">
          <span className="cd-mono">{rec.id}</span>
          <Tag>{v.cancerType(rec.cancerType)}</Tag>
          <Tag color="blue">{t('rules.levelTag', { level: rec.level })}</Tag>
          <Tag>{rec.evidence}</Tag>
        </div>
      </header>
      <section>
        <h4 className="cd-section-title">{t('rules.detail.criteria')}</h4>
        <ol className="cd-rule-criteria">
          {rec.criteria.map((c, i) => <li key={i}>{describeCriterion(c, v)}</li>)}
        </ol>
      </section>
      <section>
        <h4 className="cd-section-title">{t('rules.detail.companions')}</h4>
        <p>{rec.with ? describeCompanions(rec.with, v) : t('rules.criteria.none')}</p>
      </section>
      <section>
        <h4 className="cd-section-title">{t('rules.detail.dose')}</h4>
        <p>{describeDose(rec.dose, v)}</p>
      </section>
      <section>
        <h4 className="cd-section-title">{t('rules.detail.citation')}</h4>
        <p className="cd-rule-citation" data-testid="rule-citation">{pick(rec.text, i18n.language)}</p>
      </section>
      <section>
        <h4 className="cd-section-title">{t('rules.detail.source')}</h4>
        <p className="cd-muted cd-small">{pick(edition.title, i18n.language)}</p>
        <p className="cd-muted cd-small">{pick(edition.source, i18n.language)}</p>
      </section>
    </article>
  );
}
