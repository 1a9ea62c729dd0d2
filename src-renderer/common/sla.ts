// SLA colouring of the worklist and the claim header: amber when due within a day, red once overdue.
export type SlaState = 'ok' | 'soon' | 'overdue';

const DAY_MS = 24 * 60 * 60 * 1000;

export function slaState(dueIso: string, now: number): SlaState {
  const due = Date.parse(dueIso);
  if (Number.isNaN(due)) return 'ok';
  if (due <= now) return 'overdue';
  return due - now <= DAY_MS ? 'soon' : 'ok';
}
