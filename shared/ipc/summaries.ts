import { z } from 'zod';
import { ArticleSchema } from '../domain/article';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from '../domain/identifiers';
import { IssueSchema } from '../domain/issue';
import { LocalizedTextSchema } from '../domain/language';
import { RubricSchema } from '../domain/library-manifest';
import { IssueStatusSchema, VersionStatusSchema } from '../domain/statuses';
import { UnreadableReasonSchema } from '../domain/unreadable-reason';

const PerLanguageStatusSchema = z.object({ en: VersionStatusSchema, be: VersionStatusSchema, ru: VersionStatusSchema });

export const ArticleSummarySchema = z.discriminatedUnion('readable', [
  z.object({
    readable: z.literal(true),
    id: IdSchema,
    rubric: IdSchema,
    titles: LocalizedTextSchema,
    statuses: PerLanguageStatusSchema,
  }),
  z.object({ readable: z.literal(false), id: IdSchema, reason: UnreadableReasonSchema, detail: z.string() }),
]);
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const IssueSummarySchema = z.discriminatedUnion('readable', [
  z.object({
    readable: z.literal(true),
    id: IdSchema,
    number: z.number().int(),
    periodStart: IsoDateSchema,
    periodEnd: IsoDateSchema,
    status: IssueStatusSchema,
    articleCount: z.number().int(),
    unreadableArticleCount: z.number().int(),
    updatedAt: IsoDateTimeSchema,
  }),
  z.object({ readable: z.literal(false), id: z.string(), reason: UnreadableReasonSchema, detail: z.string() }),
]);
export type IssueSummary = z.infer<typeof IssueSummarySchema>;

export const IssueDetailSchema = z.object({
  issue: IssueSchema,
  articles: z.array(ArticleSummarySchema),
});
export type IssueDetail = z.infer<typeof IssueDetailSchema>;

/** Unsaved edits of an article found in the crash journal (D6): newer than the file on disk. */
export const RecoveredArticleSchema = z.object({
  article: ArticleSchema,
  journaledAt: IsoDateTimeSchema,
  /** The revision the journaled edits started from; differs from `revision` when the file changed since. */
  baseRevision: z.string(),
});
export type RecoveredArticle = z.infer<typeof RecoveredArticleSchema>;

/** An article as loaded for editing, with the revision (content hash) it was read at. */
export const LoadedArticleSchema = z.object({
  article: ArticleSchema,
  revision: z.string(),
  /** True when the file was in an older format; it is rewritten in the current one on the next save. */
  migrated: z.boolean(),
  /** Present when the crash journal holds edits that differ from the file: offer them back, never drop them. */
  recovered: RecoveredArticleSchema.optional(),
});
export type LoadedArticle = z.infer<typeof LoadedArticleSchema>;

export const LibraryInfoSchema = z.object({
  path: z.string(),
  rubrics: z.array(RubricSchema),
  createdSample: z.boolean(),
  /** Set when library.json could not be read: the library opens read-only, with the reason. */
  readOnly: z.object({ reason: UnreadableReasonSchema, detail: z.string() }).nullable(),
  /** Whether another library folder can be chosen here (the desktop app; not the browser dev mode). */
  canChangeFolder: z.boolean(),
});
export type LibraryInfo = z.infer<typeof LibraryInfoSchema>;

export const TrashEntrySchema = z.object({
  trashId: z.string(),
  kind: z.enum(['issue', 'article']),
  /** The issue the article belonged to (for articles) or the issue itself. */
  issueId: IdSchema,
  articleId: IdSchema.nullable(),
  label: z.string(),
  trashedAt: IsoDateTimeSchema,
});
export type TrashEntry = z.infer<typeof TrashEntrySchema>;

/** One article with unsaved edits in the crash journal (D6), as `recovery:list` offers it. */
export const RecoveryEntrySchema = z.object({
  issueId: IdSchema,
  articleId: IdSchema,
  journaledAt: IsoDateTimeSchema,
  /** The journaled titles, so the prompt can name the article in every language. */
  titles: LocalizedTextSchema,
});
export type RecoveryEntry = z.infer<typeof RecoveryEntrySchema>;
