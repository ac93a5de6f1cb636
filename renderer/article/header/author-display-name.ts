import { LANGUAGES, type Language, type LocalizedText } from '../../../shared/domain/language';

export interface DisplayName {
  text: string;
  /** The alphabet the shown spelling is in: set as `lang` so a screen reader reads it right. */
  lang: Language;
}

/**
 * How an author is shown in a UI language: their spelling in that language if written,
 * else the first written spelling in the canonical order (en, be, ru); null if none is.
 */
export function authorDisplayName(author: LocalizedText, uiLanguage: Language): DisplayName | null {
  for (const lang of [uiLanguage, ...LANGUAGES.filter((l) => l !== uiLanguage)]) {
    const text = author[lang].trim();
    if (text) return { text, lang };
  }
  return null;
}

/** The spellings with surrounding spaces removed, as they are stored. */
export function trimAuthor(author: LocalizedText): LocalizedText {
  return { en: author.en.trim(), be: author.be.trim(), ru: author.ru.trim() };
}

/** True when no spelling is written: such an author is not worth keeping. */
export function isBlankAuthor(author: LocalizedText): boolean {
  return LANGUAGES.every((lang) => author[lang].trim() === '');
}
