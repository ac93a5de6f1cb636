import { ID_PATTERN } from '../../../shared/domain/identifiers';
import { AppError } from '../../../shared/ipc/error-codes';
import { resolveInsideLibrary } from '../library/resolve-inside-library';

/** Inside the library (it travels with the articles it protects), hidden from a file browser's first look. */
export const JOURNAL_DIR_NAME = '.journal';
/** Journal files that could not be decoded are moved here, never deleted: they may hold the only copy of a text. */
export const JOURNAL_QUARANTINE_DIR_NAME = 'quarantine';

const JOURNAL_FILE = /^([a-z0-9][a-z0-9-]{2,63})\.([a-z0-9][a-z0-9-]{2,63})\.json$/;

// Ids hold no dots, so `<issueId>.<articleId>.json` parses back unambiguously; the issue is
// in the name so that an entry's queue key is known before its (untrusted) content is read.
export function journalFileName(issueId: string, articleId: string): string {
  if (!ID_PATTERN.test(issueId) || !ID_PATTERN.test(articleId)) throw new AppError('invalid-request', 'not a valid id');
  return `${issueId}.${articleId}.json`;
}

/** The ids a journal file name stands for, or null for anything else (temp files, foreign files). */
export function parseJournalFileName(name: string): { issueId: string; articleId: string } | null {
  const match = JOURNAL_FILE.exec(name);
  if (!match?.[1] || !match[2]) return null;
  return { issueId: match[1], articleId: match[2] };
}

export function journalLayout(libraryDir: string) {
  return {
    dir: resolveInsideLibrary(libraryDir, JOURNAL_DIR_NAME),
    quarantineDir: resolveInsideLibrary(libraryDir, JOURNAL_DIR_NAME, JOURNAL_QUARANTINE_DIR_NAME),
    entryFile: (issueId: string, articleId: string) => resolveInsideLibrary(libraryDir, JOURNAL_DIR_NAME, journalFileName(issueId, articleId)),
    quarantineFile: (name: string) => resolveInsideLibrary(libraryDir, JOURNAL_DIR_NAME, JOURNAL_QUARANTINE_DIR_NAME, name),
  };
}
export type JournalLayout = ReturnType<typeof journalLayout>;
