import { formatPeriod } from '../../shared/dates/format-period';
import type { Language } from '../../shared/domain/language';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A moment as the issue screen shows it, in local time: "March 17, 2014, 9:05 AM",
 * "17 сакавіка 2014, 09:05". The date goes through the app's own month names (runtimes
 * differ in which languages their date data has); the time is digits only.
 */
export function formatExportedAt(iso: string, lang: Language): string {
  const at = new Date(iso);
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const date = formatPeriod(day, day, lang);
  const time =
    lang === 'en'
      ? new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(at)
      : `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return `${date}, ${time}`;
}
