import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PathwayOverride } from '../../../shared/domain/review';
import type { PathwayLine } from '../../../shared/pathway/types';
import { useFormat } from '../../common/useFormat';
import { VerdictTag } from './VerdictTag';

/** The engine's verdict, and under it the reviewer's where there is one: both stay visible. */
export function VerdictCell({ line, override }: { line: PathwayLine; override: PathwayOverride | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!override) return <VerdictTag verdict={line.verdict} testId={`pathway-verdict-${line.id}`} />;
  return (
    <div className="cd-verdicts">
      <div>
        <span className="cd-verdict-label">{t('pathway.engineVerdict')}</span>
        <VerdictTag verdict={line.verdict} testId={`pathway-verdict-${line.id}`} />
      </div>
      <div>
        <span className="cd-verdict-label">{t('pathway.reviewVerdict')}</span>
        <VerdictTag verdict={override.verdict} testId={`pathway-override-verdict-${line.id}`} />
      </div>
      <Tooltip title={override.justification}>
        <div className="cd-muted cd-small cd-override-meta">
          {t('pathway.overrideMeta', { name: override.userName ?? override.userId, at: format.dateTime(override.at) })}
          {' · '}{override.justification}
        </div>
      </Tooltip>
    </div>
  );
}
