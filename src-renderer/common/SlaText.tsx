import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { slaState } from './sla';
import { useFormat } from './useFormat';

const COLOUR = { ok: undefined, soon: '#d48806', overdue: '#cf1322' } as const;

/** The SLA due time, amber within 24 hours, red once overdue, with the reason on hover. */
export function SlaText({ due }: { due: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = slaState(due, Date.now());
  const text = (
    <span data-sla={state} style={{ color: COLOUR[state], fontWeight: state === 'ok' ? undefined : 600 }}>
      {format.dateTime(due)}
    </span>
  );
  if (state === 'ok') return text;
  return <Tooltip title={t(state === 'overdue' ? 'worklist.overdue' : 'worklist.dueSoon')}>{text}</Tooltip>;
}
