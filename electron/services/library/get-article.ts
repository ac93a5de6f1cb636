import { AppError } from '../../../shared/ipc/error-codes';
import type { LoadedArticle } from '../../../shared/ipc/summaries';
import { issueFolderExists } from './issue-folder-exists';
import { issueQueueKey, type Library } from './library';
import { readArticleFile } from './read-article-file';

/**
 * `article:get`: the article as the editor sees it (migrated in memory, bodies checked), with
 * its revision (the hash of the file's bytes). `not-found` when there is no file; `unreadable`
 * (detail = reason) when the file cannot be trusted, which is then left byte-identical (D9, X4).
 * Queued behind the issue's writes, so a reload after a save sees that save (D5).
 */
export function getArticle(library: Library, issueId: string, articleId: string): Promise<LoadedArticle> {
  return library.queue.run(issueQueueKey(issueId), async () => {
    if (!(await issueFolderExists(library, issueId))) throw new AppError('not-found', `there is no issue ${issueId}`);
    const path = library.layout.articleFile(issueId, articleId);
    const read = await readArticleFile(library.fs, path, articleId);
    if (!read.ok) {
      if (read.reason === 'not-found') throw new AppError('not-found', `there is no article ${articleId} in issue ${issueId}`);
      throw new AppError('unreadable', `article ${articleId} cannot be read: ${read.detail}`, read.reason);
    }
    library.readableRevisions.set(path, read.hash);
    return { article: read.article, revision: read.hash, migrated: read.migrated };
  });
}
