import { z } from 'zod';

/** The three languages every article is written in, in their canonical order. */
export const LANGUAGES = ['en', 'be', 'ru'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** A piece of text that exists once per language (rubric names, author names). */
export const LocalizedTextSchema = z.object({ en: z.string(), be: z.string(), ru: z.string() }).strict();
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
