import { ID_PATTERN } from '../../../shared/domain/identifiers';
import { readDocumentFile } from '../fs/read-text-file';
import type { DirectoryWatch, DirectoryWatcherPort } from './directory-watcher-port';
import { issueQueueKey, type Library } from './library';
import { ARTICLES_DIR_NAME, articleIdFromFileName, ISSUES_DIR_NAME } from './library-layout';

export interface WatchArticlesOptions {
  /** Quiet time after the last change of a file before it is looked at (sync tools write in bursts). */
  debounceMs?: number;
  log?: ((message: string, detail?: unknown) => void) | undefined;
}

export interface ArticleWatcher {
  /** Closes every watch and drops pending checks; nothing is emitted afterwards. Idempotent. */
  stop(): void;
}

const DEFAULT_DEBOUNCE_MS = 100;

/**
 * Notices article files changed by someone else (a sync tool, another editor) and emits
 * `article:changed-on-disk` with the new revision (D8). Watches the library folder, `issues/`,
 * and each issue's folder and `articles/` folder (one OS watch per folder, no recursion), and
 * follows issues as they come and go.
 *
 * Our own writes never trigger it: a changed file is hashed inside the issue's queue, so any
 * save that caused the change has finished and recorded its revision, and the event fires only
 * when the hash differs from the last revision this session read or wrote. Files this session
 * never opened are not reported (no editor can hold them). Conflict copies, temp files and
 * anything outside `issues/<id>/articles/<id>.json` (the journal, the trash) are ignored.
 */
export function watchArticles(library: Library, port: DirectoryWatcherPort, options: WatchArticlesOptions = {}): ArticleWatcher {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const log = options.log ?? (() => {});
  const watches = new Map<string, DirectoryWatch>();
  const timers = new Map<string, NodeJS.Timeout>();
  // Per article path, the revision last announced, so one external write is announced once.
  const announced = new Map<string, string>();
  let stopped = false;

  const unwatch = (key: string): void => {
    watches.get(key)?.close();
    watches.delete(key);
  };

  // (Re)watches a folder; a folder that is not there (yet) is simply not watched: its parent's
  // watch calls this again when it appears. Re-watching also follows a folder moved away and back.
  const rewatch = (key: string, dir: string, onChange: (name: string | null) => void): void => {
    if (stopped) return;
    unwatch(key);
    try {
      watches.set(key, port.watch(dir, onChange, (error) => {
        unwatch(key);
        if (!stopped) log(`stopped watching ${dir}`, error);
      }));
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') log(`cannot watch ${dir}`, error);
    }
  };

  const check = (issueId: string, articleId: string): void => {
    const path = library.layout.articleFile(issueId, articleId);
    library.queue
      .run(issueQueueKey(issueId), async () => {
        const known = library.readableRevisions.get(path);
        if (stopped || known === undefined) return;
        const read = await readDocumentFile(library.fs, path);
        // A removed file has no new revision to offer; the issue list shows it as gone.
        if (read.hash === undefined || read.hash === known || announced.get(path) === read.hash) return;
        announced.set(path, read.hash);
        library.events.emit('article:changed-on-disk', { issueId, articleId, revision: read.hash });
      })
      .catch((error: unknown) => {
        if (!stopped) log(`cannot check ${path} for outside changes`, error);
      });
  };

  const schedule = (issueId: string, articleId: string): void => {
    if (stopped) return;
    const key = `${issueId}/${articleId}`;
    clearTimeout(timers.get(key));
    const timer = setTimeout(() => {
      timers.delete(key);
      check(issueId, articleId);
    }, debounceMs);
    timer.unref();
    timers.set(key, timer);
  };

  const watchArticlesDir = (issueId: string): void =>
    rewatch(`articles:${issueId}`, library.layout.articlesDir(issueId), (name) => {
      const articleId = name === null ? null : articleIdFromFileName(name);
      if (articleId !== null) schedule(issueId, articleId);
      // Without a name, every article this session knows in the issue is looked at.
      else if (name === null) for (const id of knownArticleIds(issueId)) schedule(issueId, id);
    });

  const watchIssue = (issueId: string): void => {
    rewatch(`issue:${issueId}`, library.layout.issueDir(issueId), (name) => {
      if (name === ARTICLES_DIR_NAME || name === null) watchArticlesDir(issueId);
    });
    watchArticlesDir(issueId);
    // Files that changed while the folder was away (moved to the trash and back, or synced in whole).
    for (const id of knownArticleIds(issueId)) schedule(issueId, id);
  };

  const knownArticleIds = (issueId: string): string[] => {
    const prefix = library.layout.articlesDir(issueId);
    const ids: string[] = [];
    for (const path of library.readableRevisions.keys()) {
      if (!path.startsWith(prefix)) continue;
      const id = articleIdFromFileName(path.slice(prefix.length + 1));
      if (id !== null) ids.push(id);
    }
    return ids;
  };

  const watchIssues = (): void => {
    rewatch('issues', library.layout.issuesDir, (name) => {
      if (name !== null && ID_PATTERN.test(name)) watchIssue(name);
      else if (name === null) void rewatchEveryIssue();
    });
    void rewatchEveryIssue();
  };

  const rewatchEveryIssue = async (): Promise<void> => {
    let entries;
    try {
      entries = await library.fs.readdir(library.layout.issuesDir);
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory() && ID_PATTERN.test(entry.name)) watchIssue(entry.name);
  };

  rewatch('root', library.layout.root, (name) => {
    if (name === ISSUES_DIR_NAME || name === null) watchIssues();
  });
  watchIssues();

  return {
    stop() {
      if (stopped) return;
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      for (const key of [...watches.keys()]) unwatch(key);
    },
  };
}
