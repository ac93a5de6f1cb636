import { join } from 'node:path';
import { ARTICLE_KEY_ORDER } from '../../../../shared/domain/article';
import { randomSuffix } from '../../../../shared/domain/identifiers';
import { ISSUE_KEY_ORDER } from '../../../../shared/domain/issue';
import type { IssueForExport } from '../../../../shared/export/issue-for-export';
import { ensureDirectory } from '../../library/ensure-directory';
import type { Library } from '../../library/library';
import { ARTICLES_DIR_NAME, ISSUE_FILE_NAME, articleFileName } from '../../library/library-layout';
import { readDirOrEmpty } from '../../library/read-dir-or-empty';
import { resolveInsideLibrary } from '../../library/resolve-inside-library';
import { writeJsonFile } from '../../library/write-json-file';

// A staging folder sits in `issues/` (same file system, so moving it into place is one
// rename) under a name no issue id can have (ids never start with a dot), so the library
// never lists it as an issue.
const STAGING_PREFIX = '.importing-';

// Staging folders of imports still running in this process, which the leftover sweep must not take.
const inUse = new WeakMap<Library, Set<string>>();

function claims(library: Library): Set<string> {
  let set = inUse.get(library);
  if (!set) inUse.set(library, (set = new Set()));
  return set;
}

/**
 * Writes a whole issue (issue.json under `issueId`, every article file) into a fresh staging
 * folder and returns its path; the caller renames it into place. If any write fails, the
 * folder is removed and the error thrown: nothing half-written is left in the library.
 */
export async function stageIssueFolder(library: Library, input: IssueForExport, issueId: string): Promise<string> {
  const dir = resolveInsideLibrary(library.layout.issuesDir, `${STAGING_PREFIX}${randomSuffix(library.random, 10)}`);
  claims(library).add(dir);
  try {
    const articlesDir = join(dir, ARTICLES_DIR_NAME);
    await ensureDirectory(library.fs, articlesDir);
    for (const article of input.articles) {
      await writeJsonFile(library.fs, join(articlesDir, articleFileName(article.id)), article, ARTICLE_KEY_ORDER, library.writeOptions);
    }
    await writeJsonFile(library.fs, join(dir, ISSUE_FILE_NAME), { ...input.issue, id: issueId }, ISSUE_KEY_ORDER, library.writeOptions);
    return dir;
  } catch (error) {
    await discardStagedFolder(library, dir);
    throw error;
  }
}

/** Removes a staging folder (gone already after a successful rename: then nothing happens). */
export async function discardStagedFolder(library: Library, dir: string): Promise<void> {
  await library.fs.rm(dir, { recursive: true, force: true }).catch(() => {});
  claims(library).delete(dir);
}

/** Marks a staging folder as moved into place: it is no longer this import's to remove. */
export function releaseStagedFolder(library: Library, dir: string): void {
  claims(library).delete(dir);
}

/** Removes staging folders an earlier import left behind (the app was killed mid-import). */
export async function removeLeftoverStaging(library: Library): Promise<void> {
  const active = claims(library);
  for (const entry of await readDirOrEmpty(library.fs, library.layout.issuesDir)) {
    if (!entry.isDirectory() || !entry.name.startsWith(STAGING_PREFIX)) continue;
    const dir = resolveInsideLibrary(library.layout.issuesDir, entry.name);
    if (!active.has(dir)) await library.fs.rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}
