import type { ArticleSummary } from '../../../shared/ipc/summaries';
import type { FsPort } from '../fs/fs-port';
import { readArticleFile } from './read-article-file';
import { toAppError } from './to-app-error';

export interface CachedArticleSummary {
  summary: ArticleSummary;
  /** For ordering articles that are on disk but missing from the order. */
  createdAt: string | null;
}

export interface ArticleSummaryCache {
  /** The summary of one article file; missing files give an unreadable `not-found` summary. */
  read(fs: FsPort, path: string, articleId: string): Promise<CachedArticleSummary>;
}

/**
 * Listing the library reads every article of every issue; decoding and checking each body
 * each time would grow with the archive. A summary is reused while the file's size, times
 * and inode are unchanged (a sync tool writing the file changes at least its ctime).
 * Only summaries are cached: opening or saving an article always reads the bytes.
 */
export function createArticleSummaryCache(): ArticleSummaryCache {
  const cache = new Map<string, { stamp: string; value: CachedArticleSummary }>();
  return {
    async read(fs, path, articleId) {
      let stamp: string;
      try {
        const stat = await fs.stat(path);
        stamp = `${stat.size}:${stat.mtimeMs}`;
      } catch (error) {
        if ((error as NodeJS.ErrnoException | null)?.code !== 'ENOENT') throw toAppError(error, path);
        cache.delete(path);
        return {
          summary: { readable: false, id: articleId, reason: 'not-found', detail: 'the article file is missing' },
          createdAt: null,
        };
      }
      const hit = cache.get(path);
      if (hit && hit.stamp === stamp) return hit.value;
      const read = await readArticleFile(fs, path, articleId);
      const value: CachedArticleSummary = read.ok
        ? {
            summary: {
              readable: true,
              id: articleId,
              rubric: read.article.rubric,
              titles: { en: read.article.versions.en.title, be: read.article.versions.be.title, ru: read.article.versions.ru.title },
              statuses: {
                en: read.article.versions.en.status,
                be: read.article.versions.be.status,
                ru: read.article.versions.ru.status,
              },
            },
            createdAt: read.article.createdAt,
          }
        : { summary: { readable: false, id: articleId, reason: read.reason, detail: read.detail }, createdAt: null };
      cache.set(path, { stamp, value });
      return value;
    },
  };
}
