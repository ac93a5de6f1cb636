// Calendar dates are handled as 'YYYY-MM-DD' strings and computed in UTC, so a
// laptop's time zone or a DST change never shifts an issue by a day.

export function parseIsoDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Date.UTC rolls 2014-02-30 over to March 2; an impossible date is an error, not a guess.
  if (toIsoDate(date) !== iso) throw new RangeError(`not a calendar date: ${iso}`);
  return date;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = parseIsoDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
}

/** 0 = Monday … 6 = Sunday (ISO weekday minus one). */
export function mondayBasedWeekday(iso: string): number {
  return (parseIsoDate(iso).getUTCDay() + 6) % 7;
}

export function mondayOfWeek(iso: string): string {
  return addDays(iso, -mondayBasedWeekday(iso));
}
