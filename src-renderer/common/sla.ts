// SLA colouring of the worklist and the claim header: amber when due within a day, red once overdue.
export type SlaState = 'ok' | 'soon' | 'overdue';

const DAY_MS = 24 * 60 * 60 * 1000;

export function slaState(dueIso: string, now: number): SlaState {
  const due = Date.parse(dueIso);
  if (Number.isNaN(due)) return 'ok';
  if (due <= now) return 'overdue';
  return due - now <= DAY_MS ? 'soon' : 'ok';
}

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/**
 * How long until (or since) the deadline, in its two largest units: `2天3小时` / `2d 3h`, `45分钟` /
 * `45m`. Whole minutes, rounded down, so a deadline a few seconds away reads `0分钟` rather than
 * claiming a minute that is not there.
 */
export function formatSlaDistance(ms: number, language: string): string {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY_MS);
  const hours = Math.floor((abs % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((abs % HOUR_MS) / MINUTE_MS);
  const zh = !language.toLowerCase().startsWith('en');
  const unit = (n: number, u: 'd' | 'h' | 'm') => (zh ? `${n}${{ d: '天', h: '小时', m: '分钟' }[u]}` : `${n}${u}`);
  const parts = days > 0 ? [unit(days, 'd'), unit(hours, 'h')] : hours > 0 ? [unit(hours, 'h'), unit(minutes, 'm')] : [unit(minutes, 'm')];
  return parts.join(zh ? '' : ' ');
}
