import { z } from 'zod';
import { LANGUAGES, LanguageSchema } from '../domain/language';
import { DEFAULT_PUBLICATION, PublicationSchema } from '../export/publication';

export const SETTINGS_SCHEMA_VERSION = 1;

/** Interface language: the app's own UI, independent of the article languages. */
export const UI_LANGUAGES = LANGUAGES;

export const SettingsSchema = z
  .object({
    uiLanguage: LanguageSchema,
    /** Absolute path of the library folder; null means the default location. */
    libraryPath: z.string().max(4096).nullable(),
    authorName: z.string().max(200),
    defaultSourceLanguage: LanguageSchema,
    /** Language columns shown in the article screen, in display order. */
    visibleLanguages: z
      .array(LanguageSchema)
      .min(1)
      .max(3)
      .refine((langs) => new Set(langs).size === langs.length, 'a language is listed twice'),
    /** The bulletin's name and web address, as the exports print them. */
    publication: PublicationSchema,
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'en',
  libraryPath: null,
  authorName: '',
  defaultSourceLanguage: 'en',
  visibleLanguages: ['en', 'be', 'ru'],
  publication: DEFAULT_PUBLICATION,
};

export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
