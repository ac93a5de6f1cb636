import type { Language } from '../../shared/domain/language';

/**
 * Each language's name in itself. Deliberately not translated: someone who opened the
 * app in a language they cannot read must still find their own in the language picker.
 */
export const NATIVE_LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  be: 'Беларуская',
  ru: 'Русский',
};
