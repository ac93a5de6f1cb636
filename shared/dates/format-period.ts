import type { Language } from '../domain/language';
import { parseIsoDate } from './iso-date';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Day-and-month dates take the genitive case in Belarusian and Russian: "10 сакавіка", "10 марта".
const BE_MONTHS_GENITIVE = ['студзеня', 'лютага', 'сакавіка', 'красавіка', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня', 'кастрычніка', 'лістапада', 'снежня'];
const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

const EN_DASH = '\u2013';
const NBSP = '\u00a0';

interface Parts {
  day: number;
  month: number;
  year: number;
}

function parts(iso: string): Parts {
  const d = parseIsoDate(iso);
  return { day: d.getUTCDate(), month: d.getUTCMonth(), year: d.getUTCFullYear() };
}

function formatEnglish(a: Parts, b: Parts): string {
  // English house style repeats the month on both sides: "March 10 – March 16, 2014".
  const day = (p: Parts) => `${EN_MONTHS[p.month]}${NBSP}${p.day}`;
  if (a.year === b.year) return `${day(a)} ${EN_DASH} ${day(b)}, ${b.year}`;
  return `${day(a)}, ${a.year} ${EN_DASH} ${day(b)}, ${b.year}`;
}

function formatCyrillic(a: Parts, b: Parts, months: string[]): string {
  const dayMonth = (p: Parts) => `${p.day}${NBSP}${months[p.month]}`;
  if (a.year !== b.year) return `${dayMonth(a)} ${a.year} ${EN_DASH} ${dayMonth(b)} ${b.year}`;
  if (a.month !== b.month) return `${dayMonth(a)} ${EN_DASH} ${dayMonth(b)} ${b.year}`;
  // Same month: a closed-up en dash between the days, "10–16 сакавіка 2014".
  return `${a.day}${EN_DASH}${b.day}${NBSP}${months[b.month]} ${b.year}`;
}

/**
 * An issue's period as readers see it, e.g. "March 10 – March 16, 2014",
 * "10–16 сакавіка 2014", "10–16 марта 2014". Non-breaking spaces keep a day with its month.
 */
export function formatPeriod(periodStart: string, periodEnd: string, lang: Language): string {
  const a = parts(periodStart);
  const b = parts(periodEnd);
  if (periodStart === periodEnd) {
    if (lang === 'en') return `${EN_MONTHS[a.month]}${NBSP}${a.day}, ${a.year}`;
    return `${a.day}${NBSP}${(lang === 'be' ? BE_MONTHS_GENITIVE : RU_MONTHS_GENITIVE)[a.month]} ${a.year}`;
  }
  switch (lang) {
    case 'en':
      return formatEnglish(a, b);
    case 'be':
      return formatCyrillic(a, b, BE_MONTHS_GENITIVE);
    case 'ru':
      return formatCyrillic(a, b, RU_MONTHS_GENITIVE);
  }
}
