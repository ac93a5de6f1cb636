import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../electron/services/fs/content-hash';
import type { DirectoryWatcherPort } from '../../../electron/services/library/directory-watcher-port';
import type { EventPayload } from '../../../shared/ipc/contract';
import { articlePath, openTestLibrary, withText, type TestLibrary, type TestLibraryOptions } from './library-test-harness';

type Changed = EventPayload<'article:changed-on-disk'>;

async function setup(options: TestLibraryOptions = {}) {
  const lib = await openTestLibrary(undefined, options);
  const seen: Changed[] = [];
  lib.services.events.on('article:changed-on-disk', (payload) => seen.push(payload));
  const issue = await lib.call('issue:create-next', {});
  const created = await lib.call('article:create', { issueId: issue.id });
  return { lib, seen, issueId: issue.id, created, articleId: created.article.id };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A sync tool writing another machine's version in place. */
async function externalWrite(lib: TestLibrary, issueId: string, article: Parameters<typeof withText>[0], text: string): Promise<string> {
  const bytes = `${JSON.stringify(withText(article, text), null, 2)}\n`;
  await writeFile(articlePath(lib, issueId, article.id), bytes);
  return contentHash(Buffer.from(bytes, 'utf8'));
}

describe('article files changed outside Triptych (D8)', () => {
  it('an external write is announced with the new revision within a few seconds', async () => {
    const { lib, seen, issueId, created, articleId } = await setup();
    const revision = await externalWrite(lib, issueId, created.article, 'з іншага ноўтбука');
    await until(() => seen.length > 0);
    expect(seen).toEqual([{ issueId, articleId, revision }]);
    // Reloading takes the new version as the base; it is not announced again.
    expect((await lib.call('article:get', { issueId, articleId })).revision).toBe(revision);
    await quietFor(400);
    expect(seen).toHaveLength(1);
  });

  it('our own saves, journal writes, conflict copies and temp files are never announced', async () => {
    const { lib, seen, issueId, created, articleId } = await setup();
    const dir = join(lib.dir, 'issues', issueId, 'articles');
    let revision = created.revision;
    for (const text of ['one', 'two', 'three']) {
      revision = (await lib.call('article:save', { issueId, article: withText(created.article, text), baseRevision: revision })).revision;
    }
    await lib.call('journal:write', { issueId, articleId, article: withText(created.article, 'journaled'), baseRevision: revision });
    await writeFile(join(dir, `${articleId}.conflict-2025-03-12T15-04-05-678Z.json`), JSON.stringify(withText(created.article, 'copy')));
    await writeFile(join(dir, `.${articleId}.json.0123456789ab.tmp`), 'partial');
    await lib.call('article:create', { issueId });
    await quietFor(600);
    expect(seen).toEqual([]);

    // The watcher was alive all along: an outside write is still seen.
    const external = await externalWrite(lib, issueId, created.article, 'outside');
    await until(() => seen.length > 0);
    expect(seen).toEqual([{ issueId, articleId, revision: external }]);
  });

  it('a conflicting save announces the outside change once and its conflict copy not at all', async () => {
    const { lib, seen, issueId, created, articleId } = await setup();
    const theirs = await externalWrite(lib, issueId, created.article, 'theirs');
    await lib.fail('article:save', { issueId, article: withText(created.article, 'mine'), baseRevision: created.revision }, 'conflict');
    await until(() => seen.length > 0);
    await quietFor(400);
    expect(seen).toEqual([{ issueId, articleId, revision: theirs }]);
  });

  it('follows issues created after the start', async () => {
    const { lib, seen } = await setup();
    const later = await lib.call('issue:create-next', {});
    const article = await lib.call('article:create', { issueId: later.id });
    const revision = await externalWrite(lib, later.id, article.article, 'later');
    await until(() => seen.length > 0);
    expect(seen).toEqual([{ issueId: later.id, articleId: article.article.id, revision }]);
  });

  it('files this session never opened are not announced (no editor can hold them)', async () => {
    const { lib, seen, issueId, created } = await setup();
    await lib.reopen();
    lib.services.events.on('article:changed-on-disk', (payload) => seen.push(payload));
    await externalWrite(lib, issueId, created.article, 'unopened');
    await quietFor(500);
    expect(seen).toEqual([]);
  });
});

/** A watcher the test fires by hand: deterministic bursts, no OS timing. */
function manualWatcher() {
  const listeners = new Map<string, (name: string | null) => void>();
  const port: DirectoryWatcherPort = {
    watch(dir, onChange) {
      listeners.set(dir, onChange);
      return { close: () => listeners.delete(dir) };
    },
  };
  return { port, fire: (dir: string, name: string | null) => listeners.get(dir)?.(name), watched: () => [...listeners.keys()] };
}

/** Sets up with a manual watcher, telling it (as the OS would have) that the new issue's folder appeared. */
async function setupManual(debounceMs: number) {
  const watcher = manualWatcher();
  const context = await setup({ watcher: watcher.port, watchDebounceMs: debounceMs });
  watcher.fire(join(context.lib.dir, 'issues'), context.issueId);
  return { ...context, watcher, articlesDir: join(context.lib.dir, 'issues', context.issueId, 'articles') };
}

describe('the article watcher behind its port', () => {
  it('waits for a burst to end and announces its final state once', async () => {
    const { lib, seen, issueId, created, articleId, watcher, articlesDir: dir } = await setupManual(50);
    expect(watcher.watched()).toContain(dir);
    let revision = '';
    for (const text of ['a', 'b', 'c', 'd']) {
      revision = await externalWrite(lib, issueId, created.article, text);
      watcher.fire(dir, `${articleId}.json`);
      await quietFor(10);
    }
    await until(() => seen.length > 0);
    await quietFor(150);
    expect(seen).toEqual([{ issueId, articleId, revision }]);
  });

  it('an event without a file name checks every article the session knows in that folder', async () => {
    const { lib, seen, issueId, created, articleId, watcher, articlesDir } = await setupManual(10);
    const revision = await externalWrite(lib, issueId, created.article, 'unnamed');
    watcher.fire(articlesDir, null);
    await until(() => seen.length > 0);
    expect(seen).toEqual([{ issueId, articleId, revision }]);
  });

  it('stops watching on dispose, dropping pending checks', async () => {
    const { lib, seen, issueId, created, articleId, watcher, articlesDir } = await setupManual(50);
    await externalWrite(lib, issueId, created.article, 'late');
    watcher.fire(articlesDir, `${articleId}.json`);
    await lib.dispose();
    expect(watcher.watched()).toEqual([]);
    await quietFor(150);
    expect(seen).toEqual([]);
  });

  it('a folder that cannot be watched is logged, and the library still opens', async () => {
    const logged: string[] = [];
    const failing: DirectoryWatcherPort = {
      watch() {
        throw Object.assign(new Error('too many watches'), { code: 'ENOSPC' });
      },
    };
    const { lib } = await setup({ watcher: failing, log: (message) => logged.push(message) });
    await mkdir(join(lib.dir, 'x'), { recursive: true });
    expect(logged.some((m) => m.startsWith('cannot watch'))).toBe(true);
    expect((await lib.call('issues:list', {})).length).toBe(1);
  });
});
