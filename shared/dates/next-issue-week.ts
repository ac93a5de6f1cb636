import { addDays, mondayOfWeek, mondayBasedWeekday } from './iso-date';

export interface Week {
  periodStart: string;
  periodEnd: string;
}

/**
 * The Monday–Sunday week for a new issue: the first full week after the latest issue's
 * period, or the current week when the library has no issues yet.
 */
export function nextIssueWeek(latestPeriodEnd: string | null, today: string): Week {
  let start: string;
  if (latestPeriodEnd === null) {
    start = mondayOfWeek(today);
  } else {
    start = addDays(latestPeriodEnd, 7 - mondayBasedWeekday(latestPeriodEnd));
  }
  return { periodStart: start, periodEnd: addDays(start, 6) };
}

/** The Monday–Sunday week containing a given date (for `new-issue --week`). */
export function weekContaining(date: string): Week {
  const start = mondayOfWeek(date);
  return { periodStart: start, periodEnd: addDays(start, 6) };
}
