import type { Article } from '../../../shared/domain/article';
import { decodeArticle } from '../../../shared/domain/migrate-article';
import type { UnreadableReason } from '../../../shared/domain/unreadable-reason';
import type { FsPort } from '../fs/fs-port';
import { checkArticleBodies } from './check-article-bodies';
import { readJsonFile } from './read-json-file';

export type ArticleDecode =
  | { ok: true; article: Article; migrated: boolean }
  | { ok: false; reason: UnreadableReason; detail: string };

export type ArticleFileRead =
  | { ok: true; article: Article; hash: string; migrated: boolean }
  | { ok: false; reason: UnreadableReason; detail: string; hash: string | null };

/**
 * Parsed JSON to the article the editor sees: older formats migrated in memory, every body
 * checked against the editor schema. The file name is the article's identity (a file copied
 * under a new name is a new article), so the id inside is replaced by `articleId`.
 */
export function decodeArticleJson(value: unknown, articleId: string): ArticleDecode {
  const decoded = decodeArticle(value);
  if (!decoded.ok) return decoded;
  const checked = checkArticleBodies({ ...decoded.value, id: articleId });
  if (!checked.ok) return { ok: false, reason: 'invalid-content', detail: `${checked.language}: ${checked.detail}` };
  return { ok: true, article: checked.article, migrated: decoded.migratedFrom !== null };
}

export function decodeArticleText(text: string, articleId: string): ArticleDecode {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'invalid-json', detail: error instanceof Error ? error.message : String(error) };
  }
  return decodeArticleJson(value, articleId);
}

/** Reads one article file: bytes checked, then decoded as above. Never writes (D9). */
export async function readArticleFile(fs: FsPort, path: string, articleId: string): Promise<ArticleFileRead> {
  const read = await readJsonFile(fs, path);
  if (!read.ok) return read;
  const decoded = decodeArticleJson(read.value, articleId);
  return decoded.ok ? { ...decoded, hash: read.hash } : { ...decoded, hash: read.hash };
}
