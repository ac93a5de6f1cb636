import { AppError } from '../../../shared/ipc/error-codes';
import { issueFolderExists } from './issue-folder-exists';
import { GLOBAL_QUEUE_KEY, issueQueueKey, type Library } from './library';
import { ISSUES_DIR_NAME } from './library-layout';
import { readIssueFile } from './read-issue-file';
import type { TrashEntryFile } from './trash-entry-file';
import { moveIntoTrashEntry, newTrashId, openTrashEntry } from './trash-entry-folder';

/** `issue:trash`: moves the whole issue folder, byte for byte, into `.trash/<trashId>/<issueId>/`. */
export function trashIssue(library: Library, issueId: string): Promise<{ trashId: string }> {
  return library.queue.run(GLOBAL_QUEUE_KEY, () =>
    library.queue.run(issueQueueKey(issueId), async () => {
      library.assertWritable();
      if (!(await issueFolderExists(library, issueId))) throw new AppError('not-found', `there is no issue ${issueId}`);
      // An unreadable issue is trashed as it is (moved, never rewritten), labelled by its id.
      const read = await readIssueFile(library.fs, library.layout, issueId).catch(
        (error: unknown) => ({ ok: false, reason: 'invalid-json', detail: String(error) }) as const,
      );
      const now = library.now().toISOString();
      const entry: TrashEntryFile = {
        schemaVersion: 1,
        trashId: await newTrashId(library),
        kind: 'issue',
        issueId,
        articleId: null,
        label: read.ok ? `${read.issue.number} (${read.issue.periodStart} – ${read.issue.periodEnd})` : issueId,
        trashedAt: now,
        originalPath: `${ISSUES_DIR_NAME}/${issueId}`,
        position: null,
        issue: read.ok ? { number: read.issue.number, periodStart: read.issue.periodStart, periodEnd: read.issue.periodEnd } : null,
      };
      await openTrashEntry(library, entry);
      await moveIntoTrashEntry(library, entry.trashId, library.layout.issueDir(issueId), issueId);
      library.events.emit('library:changed', { issueId, at: now });
      return { trashId: entry.trashId };
    }),
  );
}
