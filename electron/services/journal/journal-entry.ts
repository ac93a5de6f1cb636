import { z } from 'zod';
import { ARTICLE_KEY_ORDER, type Article } from '../../../shared/domain/article';
import { IdSchema, IsoDateTimeSchema } from '../../../shared/domain/identifiers';
import type { UnreadableReason } from '../../../shared/domain/unreadable-reason';
import { decodeArticleJson } from '../library/read-article-file';
import { serializeJson } from '../library/write-json-file';

/** What a journal file holds: the unsaved article and where it belongs. */
export interface JournalEntry {
  issueId: string;
  articleId: string;
  baseRevision: string;
  journaledAt: string;
  article: Article;
}

export const JOURNAL_KEY_ORDER = ['issueId', 'articleId', 'baseRevision', 'journaledAt', 'article', ...ARTICLE_KEY_ORDER];

// The article is left `unknown` here: it goes through the same decoder (migrations, schema,
// editor-schema check of every body) as an article file, because a journal is as untrusted (X4).
const JournalEnvelopeSchema = z.object({
  issueId: IdSchema,
  articleId: IdSchema,
  baseRevision: z.string().max(128),
  journaledAt: IsoDateTimeSchema,
  article: z.unknown(),
});

export type JournalDecode = { ok: true; entry: JournalEntry } | { ok: false; reason: UnreadableReason; detail: string };

/** Decodes a parsed journal file that must belong to `issueId`/`articleId` (its file name). */
export function decodeJournalEntry(value: unknown, issueId: string, articleId: string): JournalDecode {
  const envelope = JournalEnvelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, reason: 'invalid-schema', detail: envelope.error.issues[0]?.message ?? 'invalid journal entry' };
  if (envelope.data.issueId !== issueId || envelope.data.articleId !== articleId) {
    return { ok: false, reason: 'invalid-schema', detail: 'the journal entry names another article than its file name' };
  }
  const article = decodeArticleJson(envelope.data.article, articleId);
  if (!article.ok) return article;
  return { ok: true, entry: { ...envelope.data, article: article.article } };
}

/**
 * A hash of an article's content as it would be stored: two articles are "the same text"
 * when these match, whatever the bytes of the file they came from looked like.
 */
export function articleContentHash(article: Article): string {
  return serializeJson(article, ARTICLE_KEY_ORDER).hash;
}
