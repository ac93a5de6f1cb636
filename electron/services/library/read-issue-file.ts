import { decodeIssue } from '../../../shared/domain/decode-issue';
import type { Issue } from '../../../shared/domain/issue';
import type { UnreadableReason } from '../../../shared/domain/unreadable-reason';
import { AppError } from '../../../shared/ipc/error-codes';
import type { FsPort } from '../fs/fs-port';
import { issueFolderExists } from './issue-folder-exists';
import type { Library } from './library';
import type { LibraryLayout } from './library-layout';
import { readJsonFile } from './read-json-file';

export type IssueFileRead =
  | { ok: true; issue: Issue; hash: string }
  | { ok: false; reason: UnreadableReason; detail: string };

/**
 * Reads an issue's `issue.json`. The folder name is the issue's identity (a folder copied
 * under a new name is a new issue), so the id inside is taken from the folder.
 */
export async function readIssueFile(fs: FsPort, layout: LibraryLayout, issueId: string): Promise<IssueFileRead> {
  const read = await readJsonFile(fs, layout.issueFile(issueId));
  if (!read.ok) return read;
  const decoded = decodeIssue(read.value);
  if (!decoded.ok) return decoded;
  return { ok: true, issue: { ...decoded.value, id: issueId }, hash: read.hash };
}

/**
 * The issue for an operation that needs it readable: `not-found` when the folder is gone,
 * `unreadable` (detail = reason) when its issue.json cannot be read, which is then left alone.
 */
export async function requireReadableIssue(library: Library, issueId: string): Promise<Issue> {
  if (!(await issueFolderExists(library, issueId))) throw new AppError('not-found', `there is no issue ${issueId}`);
  const read = await readIssueFile(library.fs, library.layout, issueId);
  if (!read.ok) throw new AppError('unreadable', `issue ${issueId} cannot be read: ${read.detail}`, read.reason);
  return read.issue;
}
