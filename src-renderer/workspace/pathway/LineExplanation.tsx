import { useTranslation } from 'react-i18next';
import type { FactSource } from '../../../shared/claim-case/case-from-claim';
import type { PathwayOverride } from '../../../shared/domain/review';
import type { Edition } from '../../../shared/pathway/edition-schema';
import { REASON, type PathwayLine } from '../../../shared/pathway/types';
import { useFormat } from '../../common/useFormat';
import type { RuleVocabulary } from '../../rules/rule-vocabulary';
import { CandidateBlock } from './CandidateBlock';
import { VerdictTag } from './VerdictTag';

interface Props {
  line: PathwayLine;
  override: PathwayOverride | null;
  edition: Edition | null;
  vocabulary: RuleVocabulary | null;
  sources: Readonly<Record<string, FactSource>>;
  onShowField: (fieldId: string) => void;
}

/** Why a line got its verdict: the reviewer's override if any, then every candidate and criterion. */
export function LineExplanation({ line, override, edition, vocabulary, sources, onShowField }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const noCandidates = line.reasons.includes(REASON.UNKNOWN_DRUG) ? 'pathway.unknownDrug'
    : line.verdict === 'not_governed' ? 'pathway.notGoverned' : 'pathway.notIndicated';
  return (
    <div className="cd-line-explanation" data-testid={`pathway-explanation-${line.id}`}>
      {override && (
        <div className="cd-override-note" data-testid={`pathway-override-note-${line.id}`}>
          <div>
            <span className="cd-verdict-label">{t('pathway.reviewVerdict')}</span>
            <VerdictTag verdict={override.verdict} />
            <span className="cd-muted">{t('pathway.overrideMeta', { name: override.userName ?? override.userId, at: format.dateTime(override.at) })}</span>
          </div>
          <div className="cd-override-justification">{override.justification}</div>
          <div className="cd-muted cd-small">
            {t('pathway.engineAtOverride', { verdict: t(`verdicts.${override.engineVerdict}`), edition: override.edition })}
          </div>
        </div>
      )}
      {line.candidates.length === 0
        ? <div className="cd-muted cd-pad">{t(noCandidates)}</div>
        : line.candidates.map((c) => (
          <CandidateBlock
            key={c.recommendationId}
            candidate={c}
            chosen={c.recommendationId === line.recommendationId}
            edition={edition}
            vocabulary={vocabulary}
            sources={sources}
            onShowField={onShowField}
          />
        ))}
    </div>
  );
}
