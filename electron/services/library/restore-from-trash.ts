import { ID_PATTERN, randomSuffix } from '../../../shared/domain/identifiers';
import { ISSUE_SCHEMA_VERSION } from '../../../shared/domain/issue';
import { AppError } from '../../../shared/ipc/error-codes';
import { newIssueId } from './new-issue-id';
import { writeNewIssue } from './write-new-issue';
import { durableRename } from './durable-rename';
import { ensureDirectory } from './ensure-directory';
import { pathExists } from './path-exists';
import { readIssueContents } from './issue-contents';
import { GLOBAL_QUEUE_KEY, issueQueueKey, type Library } from './library';
import { TRASH_ENTRY_FILE_NAME, articleFileName, conflictCopyPrefix } from './library-layout';
import { requireReadableIssue } from './read-issue-file';
import { mappingFsErrors } from './to-app-error';
import { listTrashEntryFiles, readTrashEntryFile, type TrashEntryFile } from './trash-entry-file';
import { writeIssueFile } from './write-issue-file';

const exists = (library: Library, path: string) => mappingFsErrors(() => pathExists(library.fs, path), path);

async function itemsInEntry(library: Library, trashId: string): Promise<string[]> {
  const dir = library.layout.trashEntryDir(trashId);
  const entries = await mappingFsErrors(() => library.fs.readdir(dir), dir);
  return entries.map((e) => e.name).filter((name) => name !== TRASH_ENTRY_FILE_NAME);
}

// The entry file is ours; it goes only once everything it describes is back in the library,
// so a partly failed restore stays listed and can be retried.
async function closeEntryIfEmpty(library: Library, trashId: string): Promise<void> {
  if ((await itemsInEntry(library, trashId)).length > 0) return;
  const dir = library.layout.trashEntryDir(trashId);
  await mappingFsErrors(() => library.fs.unlink(library.layout.trashEntryFile(trashId)));
  await library.fs.rm(dir, { recursive: true }).catch(() => {});
}

/** Puts a trashed issue folder back; under a new id if its own is taken meanwhile. */
async function restoreIssue(library: Library, entry: TrashEntryFile): Promise<string> {
  const source = library.layout.trashEntryItem(entry.trashId, entry.issueId);
  if (!(await exists(library, source))) throw new AppError('not-found', 'the trashed issue folder is missing');
  let issueId = entry.issueId;
  if (await exists(library, library.layout.issueDir(issueId))) {
    const prefix = /^\d{4}-\d{2}-\d{2}/.exec(issueId)?.[0] ?? entry.issue?.periodStart ?? 'issue';
    issueId = await newIssueId(library, prefix);
  }
  await ensureDirectory(library.fs, library.layout.issuesDir);
  await library.queue.run(issueQueueKey(issueId), () =>
    durableRename(library.fs, source, library.layout.issueDir(issueId), library.writeOptions.retry),
  );
  await closeEntryIfEmpty(library, entry.trashId);
  return issueId;
}

/**
 * Finds or makes the issue a trashed article goes back to: the issue itself; else the same
 * issue from the trash (restored with it); else, when it has vanished altogether, a new
 * draft issue with the number and period recorded at trashing time.
 */
async function homeIssueFor(library: Library, entry: TrashEntryFile): Promise<string> {
  if (await exists(library, library.layout.issueDir(entry.issueId))) return entry.issueId;
  const trashedIssue = (await listTrashEntryFiles(library)).find((e) => e.kind === 'issue' && e.issueId === entry.issueId);
  if (trashedIssue) return restoreIssue(library, trashedIssue);
  if (entry.issue === null) throw new AppError('not-found', `the article's issue ${entry.issueId} no longer exists`);
  const now = library.now().toISOString();
  const issue = await writeNewIssue(library, {
    schemaVersion: ISSUE_SCHEMA_VERSION,
    id: entry.issueId,
    ...entry.issue,
    status: 'draft',
    articleOrder: [],
    createdAt: now,
    updatedAt: now,
    exportedAt: null,
  });
  return issue.id;
}

async function freeArticleId(library: Library, issueId: string, taken: ReadonlySet<string>): Promise<string> {
  for (;;) {
    const id = `a-${randomSuffix(library.random, 8)}`;
    if (!taken.has(id) && !(await exists(library, library.layout.articleFile(issueId, id)))) return id;
  }
}

async function restoreArticle(library: Library, entry: TrashEntryFile, originalId: string): Promise<string> {
  const issueId = await homeIssueFor(library, entry);
  await library.queue.run(issueQueueKey(issueId), async () => {
    const issue = await requireReadableIssue(library, issueId);
    const { order } = await readIssueContents(library, issue);
    const items = await itemsInEntry(library, entry.trashId);
    const fileName = articleFileName(originalId);
    let articleId = originalId;
    // The slot is taken when a file of that name exists again (a later save recreated it,
    // or a sync tool brought it back): the trashed version then returns beside it under a
    // new id, and neither is overwritten.
    if (items.includes(fileName) && (await exists(library, library.layout.articleFile(issueId, articleId)))) {
      articleId = await freeArticleId(library, issueId, new Set(order));
    }
    if (items.includes(fileName)) {
      await durableRename(
        library.fs,
        library.layout.trashEntryItem(entry.trashId, fileName),
        library.layout.articleFile(issueId, articleId),
        library.writeOptions.retry,
      );
    }
    const oldPrefix = conflictCopyPrefix(originalId);
    for (const name of items.filter((n) => n.startsWith(oldPrefix))) {
      const target = library.layout.articlesDirEntry(issueId, `${conflictCopyPrefix(articleId)}${name.slice(oldPrefix.length)}`);
      if (await exists(library, target)) continue;
      await durableRename(library.fs, library.layout.trashEntryItem(entry.trashId, name), target, library.writeOptions.retry);
    }
    if (!issue.articleOrder.includes(articleId)) {
      const at = Math.min(entry.position ?? issue.articleOrder.length, issue.articleOrder.length);
      const articleOrder = [...issue.articleOrder.slice(0, at), articleId, ...issue.articleOrder.slice(at)];
      await writeIssueFile(library, { ...issue, articleOrder, updatedAt: library.now().toISOString() });
    }
    await closeEntryIfEmpty(library, entry.trashId);
  });
  return issueId;
}

/**
 * `trash:restore`: puts an issue or article back where it was (see the helpers above for
 * what happens when that place is gone or taken) and returns the issue it is in now.
 */
export function restoreFromTrash(library: Library, trashId: string): Promise<{ issueId: string }> {
  // trashId is a plain string in the contract: it must pass the id alphabet before it
  // becomes part of a path.
  if (!ID_PATTERN.test(trashId)) return Promise.reject(new AppError('not-found', 'there is no such trash entry'));
  return library.queue.run(GLOBAL_QUEUE_KEY, async () => {
    library.assertWritable();
    const entry = await readTrashEntryFile(library, trashId);
    if (entry === null) {
      if (await exists(library, library.layout.trashEntryDir(trashId))) {
        throw new AppError('unreadable', 'the trash entry cannot be read, so it is left as it is', 'invalid-schema');
      }
      throw new AppError('not-found', 'there is no such trash entry');
    }
    let issueId: string;
    if (entry.kind === 'issue') issueId = await restoreIssue(library, entry);
    else if (entry.articleId !== null) issueId = await restoreArticle(library, entry, entry.articleId);
    else throw new AppError('unreadable', 'the trash entry names no article', 'invalid-schema');
    library.events.emit('library:changed', { issueId, at: library.now().toISOString() });
    return { issueId };
  });
}
