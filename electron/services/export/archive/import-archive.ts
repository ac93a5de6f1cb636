import type { IssueForExport } from '../../../../shared/export/issue-for-export';
import { AppError } from '../../../../shared/ipc/error-codes';
import { readImportBytes } from '../../import/read-import-bytes';
import { durableRename } from '../../library/durable-rename';
import { issueFolderExists } from '../../library/issue-folder-exists';
import { GLOBAL_QUEUE_KEY, issueQueueKey, type Library } from '../../library/library';
import { newIssueId } from '../../library/new-issue-id';
import { pathExists } from '../../library/path-exists';
import { restoreFromTrash } from '../../library/restore-from-trash';
import { trashIssue } from '../../library/trash-issue';
import { MAX_ARCHIVE_BYTES } from './archive-format';
import { readArchive } from './read-archive';
import { discardStagedFolder, releaseStagedFolder, removeLeftoverStaging, stageIssueFolder } from './stage-issue-folder';

/** What the UI shows before asking what to do with an archive whose issue is already in the library. */
export interface ArchiveSummary {
  issueId: string;
  number: number;
  periodStart: string;
  periodEnd: string;
  articles: number;
  /** The library already has an issue with this id. */
  exists: boolean;
}

export type WhenIssueExists = 'replace' | 'copy';

export interface ImportArchiveResult {
  issueId: string;
  /** The trash entry of the issue that was replaced, so it can be restored; null when none was. */
  replacedTrashId: string | null;
}

async function readArchiveFile(library: Library, path: string): Promise<IssueForExport> {
  return readArchive(await readImportBytes(library.fs, path, MAX_ARCHIVE_BYTES));
}

/** `import:inspect-archive`: reads and checks the whole archive (so a bad one is refused before any question is asked). */
export async function inspectArchive(library: Library, path: string): Promise<ArchiveSummary> {
  const { issue, articles } = await readArchiveFile(library, path);
  const exists = await library.queue.run(issueQueueKey(issue.id), () => issueFolderExists(library, issue.id));
  return { issueId: issue.id, number: issue.number, periodStart: issue.periodStart, periodEnd: issue.periodEnd, articles: articles.length, exists };
}

/** Moves a staged folder to `issues/<issueId>`; refuses if that folder appeared meanwhile. */
function placeStaged(library: Library, dir: string, issueId: string): Promise<void> {
  return library.queue.run(issueQueueKey(issueId), async () => {
    // A rename onto an empty folder would succeed on POSIX and merge nothing: check first.
    if (await issueFolderExists(library, issueId)) throw new AppError('invalid-operation', `issue ${issueId} appeared while importing`);
    await durableRename(library.fs, dir, library.layout.issueDir(issueId), library.writeOptions.retry);
    releaseStagedFolder(library, dir);
  });
}

/**
 * `import:archive`: writes the archived issue into the library under its own id. When that
 * id is taken, `whenExists` decides: `replace` moves the existing issue to the trash (where
 * it can be restored) and puts the archived one in its place; `copy` imports it under a
 * fresh issue id, everything else unchanged. Articles keep their rubric ids even when this
 * library has no such rubric (the library then shows the id).
 *
 * The issue is written completely into a staging folder first and renamed into place in
 * one step, so a failure at any point leaves the library as it was (a replaced issue is
 * restored from the trash when the new one could not be put in its place).
 */
export async function importArchive(library: Library, path: string, whenExists: WhenIssueExists): Promise<ImportArchiveResult> {
  library.assertWritable();
  const input = await readArchiveFile(library, path);
  const archivedId = input.issue.id;
  const staged = await library.queue.run(GLOBAL_QUEUE_KEY, async () => {
    library.assertWritable();
    await removeLeftoverStaging(library);
    const exists = await issueFolderExists(library, archivedId);
    const issueId = exists && whenExists === 'copy' ? await newIssueId(library, input.issue.periodStart) : archivedId;
    const dir = await stageIssueFolder(library, input, issueId);
    const replacing = exists && whenExists === 'replace';
    if (!replacing) {
      try {
        await placeStaged(library, dir, issueId);
      } catch (error) {
        await discardStagedFolder(library, dir);
        throw error;
      }
    }
    return { dir, issueId, replacing };
  });
  if (!staged.replacing) return finish(library, staged.issueId, null);

  // trashIssue queues itself on the global key, so it runs between the two steps rather than inside one.
  let trashId: string;
  try {
    ({ trashId } = await trashIssue(library, archivedId));
  } catch (error) {
    await discardStagedFolder(library, staged.dir);
    throw error;
  }
  try {
    await library.queue.run(GLOBAL_QUEUE_KEY, () => placeStaged(library, staged.dir, archivedId));
  } catch (error) {
    const placed = !(await pathExists(library.fs, staged.dir).catch(() => true));
    if (!placed) {
      await discardStagedFolder(library, staged.dir);
      // The old issue goes back where it was; if even that fails, it stays listed in the trash.
      await restoreFromTrash(library, trashId).catch(() => {});
    }
    throw error;
  }
  return finish(library, archivedId, trashId);
}

function finish(library: Library, issueId: string, replacedTrashId: string | null): ImportArchiveResult {
  library.events.emit('library:changed', { issueId, at: library.now().toISOString() });
  return { issueId, replacedTrashId };
}
