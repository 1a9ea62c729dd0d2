import { ArrowRightOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PathwayReview } from '../../../shared/domain/review';
import { useFormat } from '../../common/useFormat';
import { VerdictTag } from './VerdictTag';

type Previous = NonNullable<PathwayReview['previous']>;

/** What the last check of this claim on another edition concluded differently, drug by drug. */
export function EditionChangesAlert({ previous, drugName }: { previous: Previous; drugName: (en: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert
      type="warning"
      showIcon
      className="cd-review-alert"
      data-testid="pathway-edition-changes"
      title={t('pathway.changesTitle', { edition: previous.edition, at: format.dateTime(previous.checkedAt) })}
      description={(
        <ul className="cd-changes">
          {previous.changes.map((c) => (
            <li key={c.treatmentId} data-testid={`pathway-change-${c.treatmentId}`}>
              <strong>{drugName(c.drug)}</strong>
              <VerdictTag verdict={c.before.verdict} />
              {c.before.recommendationId && <span className="cd-mono cd-small">{c.before.recommendationId}</span>}
              <ArrowRightOutlined className="cd-muted" />
              <VerdictTag verdict={c.after.verdict} />
              {c.after.recommendationId && <span className="cd-mono cd-small">{c.after.recommendationId}</span>}
            </li>
          ))}
        </ul>
      )}
    />
  );
}
