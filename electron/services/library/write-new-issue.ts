import type { Issue } from '../../../shared/domain/issue';
import { ensureDirectory } from './ensure-directory';
import type { Library } from './library';
import { writeIssueFile } from './write-issue-file';

/**
 * Writes a new issue folder (issue.json and an empty articles folder). If writing the issue
 * fails, the folder just made (holding nothing of the user's) is removed again.
 */
export async function writeNewIssue(library: Library, issue: Issue): Promise<Issue> {
  const dir = library.layout.issueDir(issue.id);
  await ensureDirectory(library.fs, library.layout.articlesDir(issue.id));
  try {
    return await writeIssueFile(library, issue);
  } catch (error) {
    await library.fs.rm(dir, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
}
