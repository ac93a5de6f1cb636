import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema } from './identifiers';
import { LanguageSchema, LocalizedTextSchema, type Language } from './language';
import { ProseDocSchema, emptyDoc } from './prose-doc';
import { VersionStatusSchema } from './statuses';

export const ARTICLE_SCHEMA_VERSION = 3;

/** Same shape as the editor's block ids (shared/editor/block-id.ts); repeated so the domain stays editor-free. */
const BlockKeySchema = z.string().regex(/^[A-Za-z0-9_-]{4,64}$/);

/** One language version of an article. */
export const ArticleVersionSchema = z
  .object({
    title: z.string().max(1000),
    lead: z.string().max(5000),
    body: ProseDocSchema,
    status: VersionStatusSchema,
    updatedAt: IsoDateTimeSchema,
    /**
     * For a translation: block id → the text of the source block when this counterpart
     * was translated or last marked up to date. A source block whose text differs now
     * makes its counterpart outdated; the stored text is the "before" of the diff shown.
     */
    translatedFrom: z.record(BlockKeySchema, z.string().max(200_000)),
  })
  .strict();
export type ArticleVersion = z.infer<typeof ArticleVersionSchema>;

export const ArticleSchema = z
  .object({
    schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
    id: IdSchema,
    rubric: IdSchema,
    // Author names are spelled differently per alphabet (Lukashenka / Лукашэнка / Лукашенко).
    authors: z.array(LocalizedTextSchema).max(50),
    sourceLanguage: LanguageSchema,
    createdAt: IsoDateTimeSchema,
    versions: z.object({ en: ArticleVersionSchema, be: ArticleVersionSchema, ru: ArticleVersionSchema }).strict(),
  })
  .strict();
export type Article = z.infer<typeof ArticleSchema>;

/** The key order used when an article is written to disk, so files diff cleanly. */
export const ARTICLE_KEY_ORDER = [
  'schemaVersion', 'id', 'rubric', 'authors', 'sourceLanguage', 'createdAt', 'versions',
  'en', 'be', 'ru', 'status', 'title', 'lead', 'updatedAt', 'translatedFrom', 'body', 'type', 'attrs', 'text', 'marks', 'content',
];

export function emptyVersion(now: string): ArticleVersion {
  return { title: '', lead: '', body: emptyDoc(), status: 'empty', updatedAt: now, translatedFrom: {} };
}

export function newArticle(args: { id: string; rubric: string; sourceLanguage: Language; now: string }): Article {
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: args.id,
    rubric: args.rubric,
    authors: [],
    sourceLanguage: args.sourceLanguage,
    createdAt: args.now,
    versions: { en: emptyVersion(args.now), be: emptyVersion(args.now), ru: emptyVersion(args.now) },
  };
}
