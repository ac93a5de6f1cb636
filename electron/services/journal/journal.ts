import { randomBytes } from 'node:crypto';
import type { Article } from '../../../shared/domain/article';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import { applyJournalPatch, type JournalPatch } from '../../../shared/journal/journal-patch';
import { AppError } from '../../../shared/ipc/error-codes';
import type { RecoveredArticle, RecoveryEntry } from '../../../shared/ipc/summaries';
import { cleanupTempFiles } from '../fs/atomic-write';
import { checkArticleBodies } from '../library/check-article-bodies';
import { ensureDirectory } from '../library/ensure-directory';
import { issueFolderExists } from '../library/issue-folder-exists';
import { issueQueueKey, type Library } from '../library/library';
import { readArticleFile } from '../library/read-article-file';
import { readDirOrEmpty } from '../library/read-dir-or-empty';
import { mappingFsErrors } from '../library/to-app-error';
import { serializeJson, writeBytes } from '../library/write-json-file';
import { articleContentHash, JOURNAL_KEY_ORDER, type JournalEntry } from './journal-entry';
import { journalLayout, parseJournalFileName } from './journal-layout';
import { createLatestEntries } from './latest-entries';
import { readJournalEntry } from './read-journal-entry';

export interface JournalWriteRequest {
  issueId: string;
  articleId: string;
  article: Article;
  baseRevision: string;
}

export interface JournalPatchRequest {
  issueId: string;
  articleId: string;
  baseRevision: string;
  /** The entry the patch was computed against (what `write` or `patch` answered last). */
  base: string;
  patch: JournalPatch;
}

export type JournalPatchResult = { status: 'journaled'; journaledAt: string; entryId: string } | { status: 'needs-whole-article' };

/** The crash journal (D6, D7): unsaved edits on disk, offered back after a crash. */
export interface Journal {
  /** Durably records the editor's unsaved article (atomic replace, fsynced), in the article's queue. */
  write(request: JournalWriteRequest): Promise<{ journaledAt: string; entryId: string }>;
  /**
   * Records the entry `base` plus a patch. Answers `needs-whole-article`, writing nothing,
   * when the current entry is not `base` (retired by a save, written by an earlier run).
   */
  patch(request: JournalPatchRequest): Promise<JournalPatchResult>;
  /** Removes the entry, if any. */
  discard(issueId: string, articleId: string): Promise<void>;
  /**
   * After a save: removes the entry only if it holds exactly what was saved (`revision`), so
   * an entry for edits typed after that save survives.
   */
  discardIfSaved(issueId: string, articleId: string, revision: string): Promise<void>;
  /** The journaled edits of an article, when they differ from `current` (what the editor is about to load). */
  recoveredFor(issueId: string, articleId: string, current: Article): Promise<RecoveredArticle | undefined>;
  /** Every entry that differs from its file; entries equal to the file, or of a deleted article or issue, are removed. */
  list(): Promise<RecoveryEntry[]>;
  /** Removes temp files of killed journal writes; call once at start, while holding the library lock. */
  removeLeftoverTempFiles(): Promise<void>;
}

export interface JournalOptions {
  /** Corrupt entries (moved to quarantine) and other non-fatal problems are reported here. */
  log?: ((message: string, detail?: unknown) => void) | undefined;
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'not-found';
}

export function createJournal(library: Library, options: JournalOptions = {}): Journal {
  const layout = journalLayout(library.dir);
  const log = options.log ?? (() => {});
  const read = (issueId: string, articleId: string) => readJournalEntry(library, layout, issueId, articleId, log);

  const latest = createLatestEntries();
  const remove = (issueId: string, articleId: string): Promise<void> => {
    const path = layout.entryFile(issueId, articleId);
    // A patch must never apply to an entry that is gone: the next one is written whole.
    latest.forget(issueId, articleId);
    return mappingFsErrors(async () => {
      try {
        await library.fs.unlink(path);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }, path);
  };

  // Decides an entry's fate against the file on disk; returns it when it is to be offered.
  const reconcile = async (entry: JournalEntry): Promise<RecoveryEntry | null> => {
    const { issueId, articleId } = entry;
    if (!(await issueFolderExists(library, issueId))) {
      await remove(issueId, articleId);
      return null;
    }
    const onDisk = await readArticleFile(library.fs, library.layout.articleFile(issueId, articleId), articleId);
    const unchanged = onDisk.ok && articleContentHash(onDisk.article) === articleContentHash(entry.article);
    if (unchanged || (!onDisk.ok && onDisk.reason === 'not-found')) {
      await remove(issueId, articleId);
      return null;
    }
    // Differs from the file, or the file cannot be read: either way the text is only here.
    const { versions } = entry.article;
    return { issueId, articleId, journaledAt: entry.journaledAt, titles: { en: versions.en.title, be: versions.be.title, ru: versions.ru.title } };
  };

  // Runs inside the issue's queue. Checked like any article that crosses the boundary.
  const store = async (issueId: string, articleId: string, baseRevision: string, article: Article, bodiesToCheck: readonly Language[] = LANGUAGES) => {
    library.assertWritable();
    if (article.id !== articleId) throw new AppError('invalid-request', 'the article does not have the id it is journaled under');
    const checked = checkArticleBodies(article, bodiesToCheck);
    if (!checked.ok) {
      throw new AppError('invalid-request', 'an article body does not fit the editor schema', `${checked.language}: ${checked.detail}`);
    }
    if (!(await issueFolderExists(library, issueId))) throw new AppError('not-found', `there is no issue ${issueId}`);
    const journaledAt = library.now().toISOString();
    const entry: JournalEntry = { issueId, articleId, baseRevision, journaledAt, article: checked.article };
    const { bytes } = serializeJson(entry, JOURNAL_KEY_ORDER);
    await ensureDirectory(library.fs, layout.dir);
    await writeBytes(library.fs, layout.entryFile(issueId, articleId), bytes, library.writeOptions);
    const entryId = randomBytes(12).toString('base64url');
    latest.remember(issueId, articleId, { entryId, article: checked.article });
    return { journaledAt, entryId };
  };

  return {
    write({ issueId, articleId, article, baseRevision }) {
      return library.queue.run(issueQueueKey(issueId), () => store(issueId, articleId, baseRevision, article));
    },
    patch({ issueId, articleId, baseRevision, base, patch }) {
      return library.queue.run(issueQueueKey(issueId), async (): Promise<JournalPatchResult> => {
        const previous = latest.get(issueId, articleId);
        if (previous?.entryId !== base) return { status: 'needs-whole-article' };
        // The patch passed the contract's schema and the base entry was a checked article, so
        // the result is an article by construction; only the bodies it changes need the
        // editor-schema check.
        const article = applyJournalPatch(previous.article, patch);
        if (article === null) return { status: 'needs-whole-article' };
        // The bodies the patch leaves alone were checked when the base entry was stored.
        const changedBodies = LANGUAGES.filter((lang) => patch.versions?.[lang]?.body !== undefined);
        return { status: 'journaled', ...(await store(issueId, articleId, baseRevision, article, changedBodies)) };
      });
    },
    discard(issueId, articleId) {
      return library.queue.run(issueQueueKey(issueId), () => remove(issueId, articleId));
    },
    discardIfSaved(issueId, articleId, revision) {
      return library.queue.run(issueQueueKey(issueId), async () => {
        const found = await read(issueId, articleId);
        if (found.kind === 'entry' && articleContentHash(found.entry.article) === revision) await remove(issueId, articleId);
      });
    },
    recoveredFor(issueId, articleId, current) {
      return library.queue.run(issueQueueKey(issueId), async () => {
        const found = await read(issueId, articleId);
        if (found.kind !== 'entry' || articleContentHash(found.entry.article) === articleContentHash(current)) return undefined;
        const { article, journaledAt, baseRevision } = found.entry;
        return { article, journaledAt, baseRevision };
      });
    },
    async list() {
      const offered: RecoveryEntry[] = [];
      for (const dirEntry of await readDirOrEmpty(library.fs, layout.dir)) {
        const ids = dirEntry.isFile() ? parseJournalFileName(dirEntry.name) : null;
        if (ids === null) continue;
        try {
          const entry = await library.queue.run(issueQueueKey(ids.issueId), async () => {
            const found = await read(ids.issueId, ids.articleId);
            return found.kind === 'entry' ? reconcile(found.entry) : null;
          });
          if (entry !== null) offered.push(entry);
        } catch (error) {
          // One entry that cannot be checked (permissions, I/O) must not hide the others;
          // it stays on disk and is looked at again next time.
          log(`the crash journal entry ${dirEntry.name} could not be checked`, error);
        }
      }
      return offered.sort((a, b) => b.journaledAt.localeCompare(a.journaledAt));
    },
    async removeLeftoverTempFiles() {
      await cleanupTempFiles(library.fs, layout.dir).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
      });
    },
  };
}
