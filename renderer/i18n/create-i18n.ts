import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import { localeResources } from './locale-resources';
import { NAMESPACES } from './namespaces';

/**
 * One i18next instance for the UI. Resources are bundled, so initialisation is
 * synchronous and the first render is already in the right language. The document's
 * `lang` follows the UI language so screen readers pick the right voice for the chrome
 * (article text carries its own `lang`).
 */
export function createI18n(language: Language, doc: Document | null = globalThis.document ?? null): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    if (doc) doc.documentElement.lang = lng;
  });
  void instance.use(initReactI18next).init({
    resources: localeResources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'be', 'ru'],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    // React escapes text itself; escaping here would double-escape quotes in titles.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return instance;
}
