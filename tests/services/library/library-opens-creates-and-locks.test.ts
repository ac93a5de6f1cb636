import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/create-services';
import { nodeFsPort } from '../../../electron/services/fs/fs-port';
import { openLibrary } from '../../../electron/services/library/open-library';
import { createSampleIssue } from '../../../electron/services/sample/create-sample-issue';
import { DEFAULT_RUBRICS, LibraryManifestSchema } from '../../../shared/domain/library-manifest';
import { AppError } from '../../../shared/ipc/error-codes';
import { makeTempDir, memorySettings, openTestLibrary, readBytes } from './library-test-harness';

describe('opening a library', () => {
  it('creates the folder, library.json with the default rubrics and issues/ on first open', async () => {
    const lib = await openTestLibrary();
    const manifest = LibraryManifestSchema.parse(JSON.parse(await readFile(join(lib.dir, 'library.json'), 'utf8')));
    expect(manifest.rubrics).toEqual(DEFAULT_RUBRICS);
    expect(existsSync(join(lib.dir, 'issues'))).toBe(true);
    expect(await lib.call('library:info', {})).toEqual({ path: lib.dir, rubrics: DEFAULT_RUBRICS, createdSample: false, readOnly: null, canChangeFolder: false });
    expect(await lib.call('issues:list', {})).toEqual([]);
  });

  it('writes the sample issue once, on the first run only, with every article readable', async () => {
    const lib = await openTestLibrary(undefined, { createSample: true });
    expect((await lib.call('library:info', {})).createdSample).toBe(true);
    const [summary, ...others] = await lib.call('issues:list', {});
    expect(others).toEqual([]);
    expect(summary).toMatchObject({ readable: true, number: 1, periodStart: '2025-03-10', periodEnd: '2025-03-16', unreadableArticleCount: 0 });
    const detail = await lib.call('issue:get', { issueId: summary!.id });
    expect(detail.articles.length).toBeGreaterThan(0);
    for (const article of detail.articles) {
      expect(article.readable).toBe(true);
      const loaded = await lib.call('article:get', { issueId: summary!.id, articleId: article.id });
      expect(loaded.migrated).toBe(false);
    }
    await lib.reopen();
    expect((await lib.call('library:info', {})).createdSample).toBe(false);
    expect(await lib.call('issues:list', {})).toHaveLength(1);
  });

  it('does not write a sample into a folder that already has issues but lost its library.json', async () => {
    const dir = join(await makeTempDir(), 'lib');
    await mkdir(join(dir, 'issues', '2025-01-06-abcd'), { recursive: true });
    const lib = await openTestLibrary(dir, { createSample: true });
    expect((await lib.call('library:info', {})).createdSample).toBe(false);
    expect(existsSync(join(dir, 'library.json'))).toBe(true);
    expect((await lib.call('issues:list', {})).map((i) => i.id)).toEqual(['2025-01-06-abcd']);
  });

  it('lets only one instance open a library: the second gets library-locked, and can open once the first is gone', async () => {
    const first = await openTestLibrary();
    const second = await createServices({ libraryDir: first.dir, settings: memorySettings() }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(second).toBeInstanceOf(AppError);
    expect((second as AppError).code).toBe('library-locked');
    await first.dispose();
    const third = await createServices({ libraryDir: first.dir, settings: memorySettings() });
    await third.dispose();
  });

  it('removes temp files left by killed saves, and nothing else', async () => {
    const lib = await openTestLibrary();
    const issue = await lib.call('issue:create-next', {});
    const articlesDir = join(lib.dir, 'issues', issue.id, 'articles');
    await lib.dispose();
    const leftover = join(articlesDir, '.a-12345678.json.0123456789ab.tmp');
    const foreign = join(articlesDir, 'notes.txt');
    await writeFile(leftover, '{"half');
    await writeFile(foreign, 'mine');
    await writeFile(join(lib.dir, '.library.json.0123456789ab.tmp'), '');
    await lib.reopen();
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(foreign)).toBe(true);
    expect(await readdir(lib.dir)).not.toContain('.library.json.0123456789ab.tmp');
  });

  it('opens a library with an unreadable library.json read-only and never rewrites it', async () => {
    const dir = join(await makeTempDir(), 'lib');
    const first = await openTestLibrary(dir);
    const issue = await first.call('issue:create-next', {});
    await first.dispose();
    const damaged = Buffer.from('{"schemaVersion": 1, "id": "lib-x", "rub');
    await writeFile(join(dir, 'library.json'), damaged);

    const lib = await openTestLibrary(dir);
    expect((await lib.call('issues:list', {})).map((i) => i.id)).toEqual([issue.id]);
    const error = await lib.fail('issue:create-next', {}, 'library-read-only');
    expect(error.detail).toBe('invalid-json');
    await lib.fail('article:create', { issueId: issue.id }, 'library-read-only');
    await lib.fail('issue:trash', { issueId: issue.id }, 'library-read-only');
    const info = await lib.call('library:info', {});
    expect(info.rubrics).toEqual(DEFAULT_RUBRICS);
    expect(info.readOnly).toMatchObject({ reason: 'invalid-json' });
    await lib.reopen();
    expect(await readBytes(join(dir, 'library.json'))).toEqual(damaged);
  });

  it('treats a library.json from a newer Triptych as read-only too', async () => {
    const dir = join(await makeTempDir(), 'lib');
    await mkdir(dir, { recursive: true });
    const future = Buffer.from(JSON.stringify({ schemaVersion: 7, id: 'lib-future', createdAt: '2030-01-01T00:00:00Z', rubrics: [] }));
    await writeFile(join(dir, 'library.json'), future);
    const lib = await openTestLibrary(dir);
    expect((await lib.fail('issue:create-next', {}, 'library-read-only')).detail).toBe('future-version');
    expect((await lib.call('library:info', {})).readOnly).toMatchObject({ reason: 'future-version' });
    expect(await readBytes(join(dir, 'library.json'))).toEqual(future);
  });

  it('opens with openLibrary directly and releases the lock on close', async () => {
    const dir = join(await makeTempDir(), 'lib');
    const options = { dir, fs: nodeFsPort, now: () => new Date('2025-01-01T12:00:00Z'), random: Math.random, createSample: createSampleIssue };
    const library = await openLibrary(options);
    expect(library.createdSample).toBe(true);
    await library.close();
    await library.close();
    const again = await openLibrary(options);
    expect(again.createdSample).toBe(false);
    await again.close();
  });
});
