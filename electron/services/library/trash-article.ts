import { LANGUAGES } from '../../../shared/domain/language';
import { AppError } from '../../../shared/ipc/error-codes';
import { durableRename } from './durable-rename';
import { readIssueContents } from './issue-contents';
import { issueQueueKey, type Library } from './library';
import { ARTICLES_DIR_NAME, ISSUES_DIR_NAME, articleFileName, conflictCopyPrefix } from './library-layout';
import { readArticleFile } from './read-article-file';
import { requireReadableIssue } from './read-issue-file';
import type { TrashEntryFile } from './trash-entry-file';
import { writeIssueFile } from './write-issue-file';
import { moveIntoTrashEntry, newTrashId, openTrashEntry } from './trash-entry-folder';
import { readDirOrEmpty } from './read-dir-or-empty';

async function namesInArticlesDir(library: Library, issueId: string): Promise<string[]> {
  const dir = library.layout.articlesDir(issueId);
  const entries = await readDirOrEmpty(library.fs, dir);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

/**
 * `article:trash`: moves the article file (and its conflict copies) into `.trash/<trashId>/`
 * and removes it from the issue's order. Nothing is deleted. An id in the order whose file
 * is missing can be trashed too (only the order changes), so such a row can be cleared.
 */
export function trashArticle(library: Library, issueId: string, articleId: string): Promise<{ trashId: string }> {
  return library.queue.run(issueQueueKey(issueId), async () => {
    library.assertWritable();
    const issue = await requireReadableIssue(library, issueId);
    const { order } = await readIssueContents(library, issue);
    const position = order.indexOf(articleId);
    const names = await namesInArticlesDir(library, issueId);
    const fileName = articleFileName(articleId);
    const hasFile = names.includes(fileName);
    if (position < 0 && !hasFile) throw new AppError('not-found', `there is no article ${articleId} in issue ${issueId}`);

    // The label is a courtesy: a file that cannot even be read is still trashed, under its id.
    const read = hasFile
      ? await readArticleFile(library.fs, library.layout.articleFile(issueId, articleId), articleId).catch(() => null)
      : null;
    let label = articleId;
    if (read?.ok) {
      const versions = read.article.versions;
      const source = versions[read.article.sourceLanguage].title.trim();
      label = source || LANGUAGES.map((l) => versions[l].title.trim()).find((t) => t !== '') || articleId;
    }
    const now = library.now().toISOString();
    const entry: TrashEntryFile = {
      schemaVersion: 1,
      trashId: await newTrashId(library),
      kind: 'article',
      issueId,
      articleId,
      label,
      trashedAt: now,
      originalPath: `${ISSUES_DIR_NAME}/${issueId}/${ARTICLES_DIR_NAME}/${fileName}`,
      position: position < 0 ? null : position,
      issue: { number: issue.number, periodStart: issue.periodStart, periodEnd: issue.periodEnd },
    };
    await openTrashEntry(library, entry);
    if (hasFile) {
      await moveIntoTrashEntry(library, entry.trashId, library.layout.articleFile(issueId, articleId), fileName);
      // Conflict copies belong to the article; they follow it (and come back with it).
      const prefix = conflictCopyPrefix(articleId);
      for (const name of names.filter((n) => n.startsWith(prefix))) {
        const from = library.layout.articlesDirEntry(issueId, name);
        await durableRename(library.fs, from, library.layout.trashEntryItem(entry.trashId, name), library.writeOptions.retry).catch(() => {
          // A copy that cannot move stays where it was: still on disk, nothing lost.
        });
      }
    }
    // The file is moved before the order is written: an interruption between the two leaves
    // an order entry shown as missing, and the article safe in the trash.
    if (issue.articleOrder.includes(articleId)) {
      await writeIssueFile(library, { ...issue, articleOrder: issue.articleOrder.filter((id) => id !== articleId), updatedAt: now });
    }
    library.events.emit('library:changed', { issueId, at: now });
    return { trashId: entry.trashId };
  });
}
