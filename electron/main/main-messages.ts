import type { Language } from '../../shared/domain/language';
import en from '../../assets/locales/en/main.json';
import be from '../../assets/locales/be/main.json';
import ru from '../../assets/locales/ru/main.json';

/**
 * The few texts the main process shows itself (native dialogs), in the interface language.
 * They live beside the renderer's locales so translators find every string in one place
 * and the locale parity test covers them.
 */
export type MainMessages = typeof en;

const MESSAGES: Record<Language, MainMessages> = { en, be, ru };

export function mainMessages(language: Language | undefined): MainMessages {
  return MESSAGES[language ?? 'en'] ?? en;
}
