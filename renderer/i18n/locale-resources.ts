import type { Language } from '../../shared/domain/language';
import beArticle from '../../assets/locales/be/article.json';
import beCommon from '../../assets/locales/be/common.json';
import beArticleHeader from '../../assets/locales/be/articleHeader.json';
import beEditor from '../../assets/locales/be/editor.json';
import beErrors from '../../assets/locales/be/errors.json';
import beExport from '../../assets/locales/be/export.json';
import beIssue from '../../assets/locales/be/issue.json';
import beLibrary from '../../assets/locales/be/library.json';
import beSettings from '../../assets/locales/be/settings.json';
import enArticle from '../../assets/locales/en/article.json';
import enCommon from '../../assets/locales/en/common.json';
import enArticleHeader from '../../assets/locales/en/articleHeader.json';
import enEditor from '../../assets/locales/en/editor.json';
import enErrors from '../../assets/locales/en/errors.json';
import enExport from '../../assets/locales/en/export.json';
import enIssue from '../../assets/locales/en/issue.json';
import enLibrary from '../../assets/locales/en/library.json';
import enSettings from '../../assets/locales/en/settings.json';
import ruArticle from '../../assets/locales/ru/article.json';
import ruCommon from '../../assets/locales/ru/common.json';
import ruArticleHeader from '../../assets/locales/ru/articleHeader.json';
import ruEditor from '../../assets/locales/ru/editor.json';
import ruErrors from '../../assets/locales/ru/errors.json';
import ruExport from '../../assets/locales/ru/export.json';
import ruIssue from '../../assets/locales/ru/issue.json';
import ruLibrary from '../../assets/locales/ru/library.json';
import ruSettings from '../../assets/locales/ru/settings.json';

// Imported statically so the bundle needs no fetch at start-up (the CSP allows
// connect-src 'self' only, and an offline app should not wait on its own files).
export const englishResources = {
  common: enCommon,
  library: enLibrary,
  issue: enIssue,
  article: enArticle,
  settings: enSettings,
  errors: enErrors,
  editor: enEditor,
  articleHeader: enArticleHeader,
  export: enExport,
};

export type LocaleResources = typeof englishResources;

export const localeResources: Record<Language, Record<keyof LocaleResources, Record<string, unknown>>> = {
  en: englishResources,
  be: { common: beCommon, library: beLibrary, issue: beIssue, article: beArticle, settings: beSettings, errors: beErrors, editor: beEditor, articleHeader: beArticleHeader, export: beExport },
  ru: { common: ruCommon, library: ruLibrary, issue: ruIssue, article: ruArticle, settings: ruSettings, errors: ruErrors, editor: ruEditor, articleHeader: ruArticleHeader, export: ruExport },
};
