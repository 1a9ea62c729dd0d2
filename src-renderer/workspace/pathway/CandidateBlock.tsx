import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FactSource } from '../../../shared/claim-case/case-from-claim';
import type { Edition } from '../../../shared/pathway/edition-schema';
import type { CandidateExplanation, CriterionStatus } from '../../../shared/pathway/types';
import { describeCompanionsCriterion, describeCriterion, describeDose } from '../../rules/describe-criterion';
import { pick, type RuleVocabulary } from '../../rules/rule-vocabulary';
import { criterionRules, type CriterionRule } from './criterion-rules';
import { CriterionStatusIcon } from './CriterionStatusIcon';
import { useFieldDisplay } from '../fields/useFieldDisplay';
import { factValueText } from './fact-value';
import { FieldLink } from './FieldLink';
import { findFactSource } from './fact-source';
import { reasonLabel } from './reason-label';

const STATUS_COLOUR: Record<CriterionStatus, string> = { passed: 'green', failed: 'red', undocumented: 'gold' };

function describeRule(rule: CriterionRule, v: RuleVocabulary): string {
  switch (rule.kind) {
    case 'criterion': return describeCriterion(rule.criterion, v);
    case 'companions': return describeCompanionsCriterion(rule.companions, v);
    case 'dose': return v.t('rules.criteria.dosePrefix', { dose: describeDose(rule.dose, v) });
  }
}

interface Props {
  candidate: CandidateExplanation;
  /** The recommendation the engine reported for the line. */
  chosen: boolean;
  edition: Edition | null;
  vocabulary: RuleVocabulary | null;
  sources: Readonly<Record<string, FactSource>>;
  onShowField: (fieldId: string) => void;
}

/** One candidate recommendation with every criterion tested: outcome, words, detail and the facts read. */
export function CandidateBlock({ candidate, chosen, edition, vocabulary, sources, onShowField }: Props) {
  const { t, i18n } = useTranslation();
  const show = useFieldDisplay();
  const rec = edition?.recommendations.find((r) => r.id === candidate.recommendationId);
  const rules = edition ? criterionRules(edition, candidate.recommendationId, candidate.criteria) : [];
  return (
    <section className="cd-candidate" data-testid={`candidate-${candidate.recommendationId}`}>
      <header className="cd-candidate-head">
        <span className="cd-mono"><strong>{candidate.recommendationId}</strong></span>
        <span className="cd-muted">{t('rules.levelTag', { level: candidate.level })} · {candidate.evidence}</span>
        <Tag color={STATUS_COLOUR[candidate.status]} variant="filled">{t(`vocab.criterionStatus.${candidate.status}`)}</Tag>
        {chosen && <Tag color="blue">{t('pathway.chosen')}</Tag>}
      </header>
      {rec && (
        <Typography.Paragraph type="secondary" className="cd-small cd-citation" ellipsis={{ rows: 1, expandable: true, symbol: t('pathway.citation') }}>
          {pick(rec.text, i18n.language)}
        </Typography.Paragraph>
      )}
      <ul className="cd-criteria">
        {candidate.criteria.map((c, i) => {
          const rule = rules[i];
          return (
            <li key={`${c.kind}-${i}`} className="cd-criterion" data-status={c.status}>
              <CriterionStatusIcon status={c.status} />
              <div className="cd-criterion-body">
                <div title={c.criterion}>{rule && vocabulary ? describeRule(rule, vocabulary) : c.criterion}</div>
                {c.status !== 'passed' && c.codes.length > 0 && (
                  <div className={c.status === 'failed' ? 'cd-criterion-failed' : 'cd-criterion-undocumented'}>
                    {c.codes.map((code) => reasonLabel(t, code)).join(t('rules.criteria.separator'))}
                  </div>
                )}
                <div className="cd-muted cd-small">{c.detail}</div>
                {c.fact.length > 0 && (
                  <div className="cd-facts">
                    {c.fact.map((f) => {
                      const text = factValueText(f.value, f.path, show);
                      return (
                        <FieldLink key={f.path} source={findFactSource(sources, f.path)} onShowField={onShowField} testId={`fact-${f.path}`}>
                          <span className="cd-mono cd-fact-path">{f.path}</span>{' = '}
                          {text ?? <em className="cd-muted">{t('vocab.criterionStatus.undocumented')}</em>}
                        </FieldLink>
                      );
                    })}
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
