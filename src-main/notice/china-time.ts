// The notice shows instants in China time, whatever the zone of the machine that prints it: the
// claimant and the insurer read the same clock.

const CHINA = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** `2025-06-01 18:30` for `2025-06-01T10:30:00Z`. */
export function chinaDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO instant: ${JSON.stringify(iso)}`);
  const part = Object.fromEntries(CHINA.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}
