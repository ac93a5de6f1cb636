import type { Language } from '../../shared/domain/language';

// Belarusian number formatting is Russian formatting (decimal comma, narrow space between
// thousands); naming Russian second keeps that where a runtime has no Belarusian data.
const NUMBER_LOCALES: Record<Language, string[]> = { en: ['en'], be: ['be', 'ru'], ru: ['ru'] };

/** Bytes as kilobytes with one decimal in the UI language's digits: "104.3", "104,3". */
export function formatKilobytes(bytes: number, lang: Language): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024);
}
