import { CheckCircleOutlined, CheckSquareOutlined, OrderedListOutlined } from '@ant-design/icons';
import { Button, Progress, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewLoop } from './useReviewLoop';

interface Props {
  loop: ReviewLoop;
  open: number;
  /** Fields that may be confirmed together (b), after being listed. */
  bulkCount: number;
  onBulk: () => void;
}

/** The loop's place at the top of the fields panel: how to start it (or to confirm the sure fields together), and once started how far it is. */
export function ReviewLoopBar({ loop, open, bulkCount, onBulk }: Props) {
  const { t } = useTranslation();
  if (!loop.active) {
    return (
      <div className="cd-review-loop" data-testid="review-loop" data-active="false">
        <Tooltip title={t('review.startHint')}>
          <Button size="small" icon={<OrderedListOutlined />} onClick={loop.start} disabled={open === 0} data-testid="review-start">
            {t('review.start')}
          </Button>
        </Tooltip>
        <Tooltip title={t('review.bulkHint')}>
          <Button size="small" icon={<CheckSquareOutlined />} onClick={onBulk} disabled={bulkCount === 0} data-testid="bulk-start">
            {t('review.bulk', { count: bulkCount })}
          </Button>
        </Tooltip>
        <span className="cd-muted">{open ? t('review.openCount', { count: open }) : t('review.nothingOpen')}</span>
      </div>
    );
  }
  return (
    <div className="cd-review-loop cd-review-loop-active" data-testid="review-loop" data-active="true" aria-live="polite">
      <div className="cd-review-loop-head">
        <strong>{t('review.title')}</strong>
        <span data-testid="review-counter" data-resolved={loop.resolved} data-total={loop.total}>
          {t('review.counter', { resolved: loop.resolved, total: loop.total })}
        </span>
        {loop.skipped > 0 && <span className="cd-muted">{t('review.skipped', { count: loop.skipped })}</span>}
        <Button size="small" type="text" onClick={loop.stop} className="cd-review-loop-stop" data-testid="review-stop">{t('review.stop')}</Button>
      </div>
      <Progress percent={loop.total ? Math.round((loop.resolved / loop.total) * 100) : 100} size="small" showInfo={false} />
      {loop.done
        ? <div className="cd-review-loop-done" data-testid="review-done"><CheckCircleOutlined /> {t('review.done')}</div>
        : <div className="cd-muted cd-small">{t('review.keys')}</div>}
    </div>
  );
}
