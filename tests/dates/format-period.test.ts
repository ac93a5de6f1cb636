import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../shared/dates/format-period';
import { addDays } from '../../shared/dates/iso-date';
import type { Language } from '../../shared/domain/language';

const NBSP = '\u00a0';
const plain = (s: string) => s.replaceAll(NBSP, ' ');

// Genitive month names ("10 сакавіка", "10 марта"), checked against the Belarusian
// nominatives студзень, люты, сакавік, красавік, май, чэрвень, ліпень, жнівень (в → ў before
// the ending), верасень, кастрычнік, лістапад, снежань (fleeting -а-), and the Russian ones.
const MONTHS: Record<Language, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  be: ['студзеня', 'лютага', 'сакавіка', 'красавіка', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня', 'кастрычніка', 'лістапада', 'снежня'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

describe('formatPeriod', () => {
  it.each<[string, string, string, Record<Language, string>]>([
    [
      'a week inside one month',
      '2014-03-10',
      '2014-03-16',
      { en: 'March\u00a010 – March\u00a016, 2014', be: '10–16\u00a0сакавіка 2014', ru: '10–16\u00a0марта 2014' },
    ],
    [
      'a week across two months',
      '2014-03-31',
      '2014-04-06',
      { en: 'March\u00a031 – April\u00a06, 2014', be: '31\u00a0сакавіка – 6\u00a0красавіка 2014', ru: '31\u00a0марта – 6\u00a0апреля 2014' },
    ],
    [
      'a week across two years',
      '2014-12-29',
      '2015-01-04',
      {
        en: 'December\u00a029, 2014 – January\u00a04, 2015',
        be: '29\u00a0снежня 2014 – 4\u00a0студзеня 2015',
        ru: '29\u00a0декабря 2014 – 4\u00a0января 2015',
      },
    ],
    [
      'the leap-day week',
      '2024-02-26',
      '2024-03-03',
      { en: 'February\u00a026 – March\u00a03, 2024', be: '26\u00a0лютага – 3\u00a0сакавіка 2024', ru: '26\u00a0февраля – 3\u00a0марта 2024' },
    ],
    ['a single day', '2014-03-10', '2014-03-10', { en: 'March\u00a010, 2014', be: '10\u00a0сакавіка 2014', ru: '10\u00a0марта 2014' }],
    ['the leap day itself', '2024-02-29', '2024-02-29', { en: 'February\u00a029, 2024', be: '29\u00a0лютага 2024', ru: '29\u00a0февраля 2024' }],
    [
      'the same month in two different years',
      '2014-03-10',
      '2015-03-16',
      { en: 'March\u00a010, 2014 – March\u00a016, 2015', be: '10\u00a0сакавіка 2014 – 16\u00a0сакавіка 2015', ru: '10\u00a0марта 2014 – 16\u00a0марта 2015' },
    ],
  ])('writes %s in each language', (_name, start, end, expected) => {
    expect(formatPeriod(start, end, 'en')).toBe(expected.en);
    expect(formatPeriod(start, end, 'be')).toBe(expected.be);
    expect(formatPeriod(start, end, 'ru')).toBe(expected.ru);
  });

  it('reads as the product brief writes it once no-break spaces are shown as spaces', () => {
    expect(plain(formatPeriod('2014-03-10', '2014-03-16', 'en'))).toBe('March 10 – March 16, 2014');
    expect(plain(formatPeriod('2014-03-10', '2014-03-16', 'be'))).toBe('10–16 сакавіка 2014');
    expect(plain(formatPeriod('2014-03-10', '2014-03-16', 'ru'))).toBe('10–16 марта 2014');
    expect(plain(formatPeriod('2014-03-31', '2014-04-06', 'be'))).toBe('31 сакавіка – 6 красавіка 2014');
    expect(plain(formatPeriod('2014-12-29', '2015-01-04', 'en'))).toBe('December 29, 2014 – January 4, 2015');
  });

  it('uses the en dash (U+2013), never a hyphen or an em dash', () => {
    for (const lang of ['en', 'be', 'ru'] as const) {
      const text = formatPeriod('2014-03-31', '2014-04-06', lang);
      expect(text).toContain('\u2013');
      expect(text).not.toMatch(/[-\u2014]/);
    }
  });

  it.each(MONTHS.en.map((_, i) => i))('names month %i correctly in all three languages', (index) => {
    const date = `2014-${String(index + 1).padStart(2, '0')}-01`;
    expect(formatPeriod(date, date, 'en')).toBe(`${MONTHS.en[index]}${NBSP}1, 2014`);
    expect(formatPeriod(date, date, 'be')).toBe(`1${NBSP}${MONTHS.be[index]} 2014`);
    expect(formatPeriod(date, date, 'ru')).toBe(`1${NBSP}${MONTHS.ru[index]} 2014`);
  });

  it('checks the month table itself: no letters of the other alphabet', () => {
    expect(MONTHS.be.join(' ')).not.toMatch(/[ищъ]/);
    expect(MONTHS.ru.join(' ')).not.toMatch(/[іў]/);
  });

  it('keeps every day with its month: a no-break space between them, ordinary spaces elsewhere', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom<Language>('en', 'be', 'ru'),
        (date, length, lang) => {
          const start = date.toISOString().slice(0, 10);
          const end = addDays(start, length);
          const text = formatPeriod(start, end, lang);
          const dayMonth = lang === 'en' ? /\p{L}+\u00a0\d{1,2}/gu : /\d{1,2}\u00a0\p{L}+/gu;
          const tied = text.match(dayMonth) ?? [];
          // One tie per day-and-month; in "10–16 сакавіка" the first day shares the month.
          expect(tied.length).toBe((text.match(/\u00a0/g) ?? []).length);
          expect(tied.length).toBeGreaterThanOrEqual(1);
          expect(text).toMatch(new RegExp(`${end.slice(0, 4)}$`));
        },
      ),
    );
  });

  it('rejects a malformed date instead of printing nonsense', () => {
    expect(() => formatPeriod('2014-3-10', '2014-03-16', 'en')).toThrow(RangeError);
    expect(() => formatPeriod('2014-03-10', '16.03.2014', 'be')).toThrow(RangeError);
  });
});
