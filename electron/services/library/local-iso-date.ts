/**
 * The calendar date on the user's own clock. "Today" for the next issue is the date the
 * user sees: at 01:00 on a Monday in Minsk it is Monday, although UTC still says Sunday.
 */
export function localIsoDate(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
