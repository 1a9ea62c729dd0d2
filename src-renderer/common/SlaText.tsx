import { useTranslation } from 'react-i18next';
import { formatSlaDistance, slaState } from './sla';
import { useFormat } from './useFormat';
import { useNow } from './useNow';

const COLOUR = { ok: undefined, soon: '#d48806', overdue: '#cf1322' } as const;

/**
 * The SLA as time left or overdue, ticking while shown: amber within 24 hours, red once overdue, the
 * deadline itself on hover. A native title rather than a Tooltip: the worklist shows this in every row,
 * and scrolling must stay light.
 */
export function SlaText({ due }: { due: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const state = slaState(due, now);
  const distance = formatSlaDistance(Date.parse(due) - now, i18n.language);
  return (
    <span
      data-sla={state}
      title={t('worklist.slaDueAt', { at: format.dateTime(due) })}
      style={{ color: COLOUR[state], fontWeight: state === 'ok' ? undefined : 600 }}
    >
      {Number.isNaN(Date.parse(due)) ? due : t(state === 'overdue' ? 'worklist.slaOverdue' : 'worklist.slaLeft', { distance })}
    </span>
  );
}
