import { ID_PATTERN } from '../../../shared/domain/identifiers';
import { AppError } from '../../../shared/ipc/error-codes';
import { resolveInsideLibrary } from './resolve-inside-library';

export const MANIFEST_FILE_NAME = 'library.json';
export const ISSUES_DIR_NAME = 'issues';
export const ISSUE_FILE_NAME = 'issue.json';
export const ARTICLES_DIR_NAME = 'articles';
export const TRASH_DIR_NAME = '.trash';
export const TRASH_ENTRY_FILE_NAME = 'trash-entry.json';

const ARTICLE_FILE = /^(.+)\.json$/;

/** The id of an article file (`<id>.json`), or null for anything else (conflict copies, temp files, foreign files). */
export function articleIdFromFileName(name: string): string | null {
  const match = ARTICLE_FILE.exec(name);
  const id = match?.[1];
  return id !== undefined && ID_PATTERN.test(id) ? id : null;
}

export function articleFileName(articleId: string): string {
  return `${checkedId(articleId)}.json`;
}

/** Conflict copies sit next to the article and start with its id, so they travel with it to the trash and back. */
export function conflictCopyPrefix(articleId: string): string {
  return `${checkedId(articleId)}.conflict-`;
}

function checkedId(id: string): string {
  // Every id reaching a path was validated by zod already; checking again costs nothing
  // and keeps a future caller that forgot from building a path out of a payload.
  if (!ID_PATTERN.test(id)) throw new AppError('invalid-request', 'not a valid id');
  return id;
}

/** Every path the library service touches, each resolved through the outside-library guard. */
export function libraryLayout(dir: string) {
  const inside = (...segments: string[]) => resolveInsideLibrary(dir, ...segments);
  return {
    root: inside(),
    manifest: inside(MANIFEST_FILE_NAME),
    issuesDir: inside(ISSUES_DIR_NAME),
    trashDir: inside(TRASH_DIR_NAME),
    issueDir: (issueId: string) => inside(ISSUES_DIR_NAME, checkedId(issueId)),
    issueFile: (issueId: string) => inside(ISSUES_DIR_NAME, checkedId(issueId), ISSUE_FILE_NAME),
    articlesDir: (issueId: string) => inside(ISSUES_DIR_NAME, checkedId(issueId), ARTICLES_DIR_NAME),
    articleFile: (issueId: string, articleId: string) =>
      inside(ISSUES_DIR_NAME, checkedId(issueId), ARTICLES_DIR_NAME, articleFileName(articleId)),
    /** Any file in an issue's articles folder, by a name read from that folder. */
    articlesDirEntry: (issueId: string, name: string) => inside(ISSUES_DIR_NAME, checkedId(issueId), ARTICLES_DIR_NAME, name),
    trashEntryDir: (trashId: string) => inside(TRASH_DIR_NAME, checkedId(trashId)),
    trashEntryFile: (trashId: string) => inside(TRASH_DIR_NAME, checkedId(trashId), TRASH_ENTRY_FILE_NAME),
    trashEntryItem: (trashId: string, name: string) => inside(TRASH_DIR_NAME, checkedId(trashId), name),
  };
}
export type LibraryLayout = ReturnType<typeof libraryLayout>;
