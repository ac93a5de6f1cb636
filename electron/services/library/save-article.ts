import { ARTICLE_KEY_ORDER, ArticleSchema } from '../../../shared/domain/article';
import { describeZodError } from '../../../shared/domain/migrate-article';
import { AppError } from '../../../shared/ipc/error-codes';
import { readDocumentFile } from '../fs/read-text-file';
import { checkArticleBodies } from './check-article-bodies';
import { ensureDirectory } from './ensure-directory';
import { pathExists } from './path-exists';
import { issueFolderExists } from './issue-folder-exists';
import { issueQueueKey, type Library } from './library';
import { conflictCopyPrefix } from './library-layout';
import { decodeArticleText } from './read-article-file';
import { mappingFsErrors } from './to-app-error';
import { serializeJson, writeBytes } from './write-json-file';

export interface SaveArticleRequest {
  issueId: string;
  article: unknown;
  /** The revision the editor loaded or last saved; anything else on disk means someone else wrote (D8). */
  baseRevision: string;
}

export interface SaveArticleResult {
  revision: string;
  savedAt: string;
}

// Colons are not allowed in Windows file names; the library must sync to Windows machines.
function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function writeConflictCopy(library: Library, issueId: string, articleId: string, bytes: Uint8Array): Promise<string> {
  const stem = `${conflictCopyPrefix(articleId)}${fileTimestamp(library.now())}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.json` : `${stem}-${n}.json`;
    const path = library.layout.articlesDirEntry(issueId, name);
    if (await mappingFsErrors(() => pathExists(library.fs, path), path)) continue;
    await writeBytes(library.fs, path, bytes, library.writeOptions);
    return name;
  }
}

/**
 * `article:save` (D3, D5, D8, D9). Runs in the issue's queue, so two saves of one article never
 * interleave. In order:
 * - the article must fit ArticleSchema and every body the editor schema (`invalid-request`,
 *   nothing written);
 * - a file on disk that cannot be read is never saved over (`unreadable`, detail = reason);
 * - a file whose hash is neither `baseRevision` nor the bytes being saved was changed by
 *   someone else (a sync tool): it is kept, the incoming version goes to a conflict copy
 *   `<id>.conflict-<time>.json` beside it, and `conflict` is returned with the copy's name;
 * - otherwise the file is replaced atomically and durably; the new revision is returned only
 *   once the folder is fsynced. File-system failures come back as their codes
 *   (disk-full, permission-denied, read-only-fs, busy, io-error) with the old file intact.
 * A missing file is written (the user's text has nowhere else to go; issue:get shows it).
 * The issue's `updatedAt` is not touched: a save writes exactly one file, so autosave stays
 * small and two machines editing different articles never conflict on issue.json.
 */
export function saveArticle(library: Library, request: SaveArticleRequest): Promise<SaveArticleResult> {
  return library.queue.run(issueQueueKey(request.issueId), async () => {
    library.assertWritable();
    const parsed = ArticleSchema.safeParse(request.article);
    if (!parsed.success) throw new AppError('invalid-request', 'the article is not valid', describeZodError(parsed.error));
    const checked = checkArticleBodies(parsed.data);
    if (!checked.ok) {
      throw new AppError('invalid-request', 'an article body does not fit the editor schema', `${checked.language}: ${checked.detail}`);
    }
    const article = checked.article;
    const { issueId } = request;
    if (!(await issueFolderExists(library, issueId))) throw new AppError('not-found', `there is no issue ${issueId}`);

    const path = library.layout.articleFile(issueId, article.id);
    const { bytes, hash } = serializeJson(article, ARTICLE_KEY_ORDER);
    const onDisk = await mappingFsErrors(() => readDocumentFile(library.fs, path), path);
    if (!onDisk.ok && onDisk.reason !== 'not-found') {
      throw new AppError('unreadable', `article ${article.id} cannot be read, so it is not saved over`, onDisk.reason);
    }
    if (onDisk.ok && onDisk.hash !== hash) {
      // Decoding (skipped for a revision this session read or wrote itself) also catches a
      // crafted baseRevision that names an unreadable file's hash.
      if (library.readableRevisions.get(path) !== onDisk.hash) {
        const current = decodeArticleText(onDisk.text, article.id);
        if (!current.ok) {
          throw new AppError('unreadable', `article ${article.id} cannot be read, so it is not saved over`, current.reason);
        }
      }
      if (onDisk.hash !== request.baseRevision) {
        const copy = await writeConflictCopy(library, issueId, article.id, bytes);
        throw new AppError('conflict', `article ${article.id} was changed outside Triptych; this version was kept as ${copy}`, copy);
      }
    }
    // Same bytes as on disk (e.g. a retry after the folder fsync failed) are written again
    // anyway: that is what makes them durable.
    await ensureDirectory(library.fs, library.layout.articlesDir(issueId));
    await writeBytes(library.fs, path, bytes, library.writeOptions);
    library.readableRevisions.set(path, hash);
    return { revision: hash, savedAt: library.now().toISOString() };
  });
}
