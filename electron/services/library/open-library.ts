import type { Issue } from '../../../shared/domain/issue';
import { decodeLibraryManifest } from '../../../shared/domain/decode-issue';
import { ID_PATTERN, randomSuffix } from '../../../shared/domain/identifiers';
import type { Article } from '../../../shared/domain/article';
import {
  DEFAULT_RUBRICS,
  LIBRARY_SCHEMA_VERSION,
  type LibraryManifest,
} from '../../../shared/domain/library-manifest';
import type { UnreadableReason } from '../../../shared/domain/unreadable-reason';
import { AppError } from '../../../shared/ipc/error-codes';
import { nextIssueWeek } from '../../../shared/dates/next-issue-week';
import { cleanupTempFiles, type AtomicWriteOptions } from '../fs/atomic-write';
import type { FsPort } from '../fs/fs-port';
import { acquireLibraryLock, type LibraryLock, type LibraryLockOptions } from '../fs/library-lock';
import { createArticleSummaryCache } from './article-summary-cache';
import { checkArticleBodies } from './check-article-bodies';
import { newIssueId } from './new-issue-id';
import { writeNewIssue } from './write-new-issue';
import { ensureDirectory } from './ensure-directory';
import { createKeyedQueue } from './keyed-queue';
import type { Library } from './library';
import { createLibraryEvents } from './library-events';
import { libraryLayout } from './library-layout';
import { listIssueIds } from './list-issues';
import { localIsoDate } from './local-iso-date';
import { readDirOrEmpty } from './read-dir-or-empty';
import { readJsonFile } from './read-json-file';
import { toAppError } from './to-app-error';
import { writeArticleFile } from './write-article-file';
import { writeIssueFile } from './write-issue-file';
import { writeJsonFile } from './write-json-file';

/** What the first-run sample needs from the library; `createSampleIssue` fits it. */
export type CreateSample = (args: {
  periodStart: string;
  periodEnd: string;
  number: number;
  now: string;
  newId: (prefix: 'issue' | 'article') => string;
}) => { issue: Issue; articles: Article[] };

export interface OpenLibraryOptions {
  dir: string;
  fs: FsPort;
  now: () => Date;
  random: () => number;
  /** Called once, in a library with neither a manifest nor issues, to write a sample issue. */
  createSample?: CreateSample | undefined;
  lock?: LibraryLockOptions | undefined;
  /** Passed to every atomic write (tests inject a sleep that costs no time). */
  writeOptions?: AtomicWriteOptions | undefined;
  /** Told when the first-run sample could not be written (the library opens without it). */
  onSampleError?: ((error: unknown) => void) | undefined;
}

const MANIFEST_KEY_ORDER = ['schemaVersion', 'id', 'createdAt', 'rubrics', 'name', 'en', 'be', 'ru'];

// Temp files of killed saves (D1) can be in any folder we write to.
async function cleanupLeftoverTempFiles(library: Library): Promise<void> {
  const dirs = [library.layout.root, library.layout.issuesDir, library.layout.trashDir];
  for (const issueId of await listIssueIds(library)) {
    dirs.push(library.layout.issueDir(issueId), library.layout.articlesDir(issueId));
  }
  for (const entry of await readDirOrEmpty(library.fs, library.layout.trashDir)) {
    if (entry.isDirectory() && ID_PATTERN.test(entry.name)) dirs.push(library.layout.trashEntryDir(entry.name));
  }
  for (const dir of dirs) {
    await cleanupTempFiles(library.fs, dir).catch((error: unknown) => {
      if ((error as { code?: string }).code !== 'not-found') throw error;
    });
  }
}

async function writeSample(library: Library, createSample: CreateSample): Promise<void> {
  const week = nextIssueWeek(null, localIsoDate(library.now()));
  const now = library.now().toISOString();
  const issueId = await newIssueId(library, week.periodStart);
  const articleIds = new Set<string>();
  const newId = (prefix: 'issue' | 'article'): string => {
    if (prefix === 'issue') return issueId;
    let id: string;
    do id = `a-${randomSuffix(library.random, 8)}`;
    while (articleIds.has(id));
    articleIds.add(id);
    return id;
  };
  const sample = createSample({ ...week, number: 1, now, newId });
  const articles = sample.articles.map((article) => {
    const checked = checkArticleBodies(article);
    if (!checked.ok) throw new Error(`the sample article ${article.id} does not fit the editor schema: ${checked.detail}`);
    return checked.article;
  });
  await writeNewIssue(library, { ...sample.issue, id: issueId, articleOrder: [] });
  for (const article of articles) await writeArticleFile(library, issueId, article);
  await writeIssueFile(library, { ...sample.issue, id: issueId, articleOrder: articles.map((a) => a.id) });
}

/**
 * Opens (creating if needed) the library folder: takes the library lock (one writer per
 * library; a second instance gets `library-locked`), removes our own leftover temp files,
 * reads library.json, and on the very first run writes the manifest and the sample issue.
 * An unreadable library.json is never overwritten: the library opens read-only instead
 * (every write fails with `unreadable`, detail = reason).
 */
export async function openLibrary(options: OpenLibraryOptions): Promise<Library> {
  const { fs, now, random } = options;
  const layout = libraryLayout(options.dir);
  await ensureDirectory(fs, layout.root);

  let lock: LibraryLock;
  let lockLost = false;
  try {
    lock = await acquireLibraryLock(layout.root, {
      ...options.lock,
      onCompromised: (error) => {
        lockLost = true;
        options.lock?.onCompromised?.(error);
      },
    });
  } catch (error) {
    throw toAppError(error, layout.root);
  }

  const queue = createKeyedQueue();
  let manifest: LibraryManifest | null = null;
  let readOnly: { reason: UnreadableReason; detail: string } | null = null;
  let createdSample = false;
  let closing: Promise<void> | null = null;

  const library: Library = {
    dir: layout.root,
    layout,
    fs,
    now,
    random,
    queue,
    events: createLibraryEvents(),
    summaries: createArticleSummaryCache(),
    readableRevisions: new Map(),
    writeOptions: options.writeOptions ?? {},
    get manifest() {
      return manifest;
    },
    get readOnly() {
      return readOnly;
    },
    get createdSample() {
      return createdSample;
    },
    assertWritable() {
      if (readOnly) throw new AppError('library-read-only', `library.json cannot be read (${readOnly.detail}); the library is open read-only`, readOnly.reason);
      if (lockLost) throw new AppError('library-locked', 'the library lock was lost; another Triptych may be writing this library');
    },
    close() {
      closing ??= (async () => {
        await queue.drainAndClose();
        await lock.release();
      })();
      return closing;
    },
  };

  try {
    await cleanupLeftoverTempFiles(library);
    const read = await readJsonFile(fs, layout.manifest);
    if (read.ok) {
      const decoded = decodeLibraryManifest(read.value);
      if (decoded.ok) manifest = decoded.value;
      else readOnly = { reason: decoded.reason, detail: decoded.detail };
    } else if (read.reason !== 'not-found') {
      readOnly = { reason: read.reason, detail: read.detail };
    } else {
      const firstRun = (await listIssueIds(library)).length === 0;
      const fresh: LibraryManifest = {
        schemaVersion: LIBRARY_SCHEMA_VERSION,
        id: `lib-${randomSuffix(random, 8)}`,
        createdAt: now().toISOString(),
        rubrics: DEFAULT_RUBRICS,
      };
      await ensureDirectory(fs, layout.issuesDir);
      await writeJsonFile(fs, layout.manifest, fresh, MANIFEST_KEY_ORDER, library.writeOptions);
      manifest = fresh;
      if (firstRun && options.createSample) {
        try {
          await writeSample(library, options.createSample);
          createdSample = true;
        } catch (error) {
          // A broken sample must not keep anyone from their (new, empty) library.
          options.onSampleError?.(error);
        }
      }
    }
  } catch (error) {
    await lock.release().catch(() => {});
    throw toAppError(error, layout.root);
  }
  return library;
}
