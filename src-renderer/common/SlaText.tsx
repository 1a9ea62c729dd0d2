import { useTranslation } from 'react-i18next';
import { slaState } from './sla';
import { useFormat } from './useFormat';

const COLOUR = { ok: undefined, soon: '#d48806', overdue: '#cf1322' } as const;

/**
 * The SLA due time, amber within 24 hours, red once overdue, with the reason on hover. A native title
 * rather than a Tooltip: the worklist shows this in every row, and scrolling must stay light.
 */
export function SlaText({ due }: { due: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = slaState(due, Date.now());
  return (
    <span
      data-sla={state}
      title={state === 'ok' ? undefined : t(state === 'overdue' ? 'worklist.overdue' : 'worklist.dueSoon')}
      style={{ color: COLOUR[state], fontWeight: state === 'ok' ? undefined : 600 }}
    >
      {format.dateTime(due)}
    </span>
  );
}
