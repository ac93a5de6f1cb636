import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFsPort } from '../../../electron/services/fs/fs-port';
import type { ErrorCode } from '../../../shared/ipc/error-codes';
import { createFaultInjectingFs, type FsOperation } from '../../support/fs-fault-injecting-fs';
import { articlePath, issuePath, openTestLibrary, readBytes, withText } from './library-test-harness';

async function faultyLibraryWithArticle() {
  const faulty = createFaultInjectingFs(nodeFsPort);
  const lib = await openTestLibrary(undefined, { fs: faulty.fs });
  const issue = await lib.call('issue:create-next', {});
  const created = await lib.call('article:create', { issueId: issue.id });
  const first = withText(created.article, 'Першая версія');
  const saved = await lib.call('article:save', { issueId: issue.id, article: first, baseRevision: created.revision });
  const articlesDir = join(lib.dir, 'issues', issue.id, 'articles');
  return { lib, faulty, issueId: issue.id, article: first, revision: saved.revision, articlesDir };
}

// Every step of a save, in the order it happens, with the errno a real disk gives there and
// the code the user is shown. `times: Infinity` on rename outlasts the retries (D12).
const STEPS_BEFORE_RENAME: Array<[FsOperation, string, ErrorCode, number?]> = [
  ['stat', 'EIO', 'io-error'],
  ['readFile', 'EACCES', 'permission-denied'],
  ['readFile', 'EIO', 'io-error'],
  ['open', 'ENOSPC', 'disk-full'],
  ['open', 'EACCES', 'permission-denied'],
  ['open', 'EROFS', 'read-only-fs'],
  ['open', 'EDQUOT', 'disk-full'],
  ['write', 'ENOSPC', 'disk-full'],
  ['write', 'EIO', 'io-error'],
  ['sync', 'EIO', 'io-error'],
  ['sync', 'ENOSPC', 'disk-full'],
  ['close', 'EIO', 'io-error'],
  ['rename', 'EPERM', 'permission-denied', Infinity],
  ['rename', 'EBUSY', 'busy', Infinity],
  ['rename', 'EIO', 'io-error'],
];

describe('a failing save (D3)', () => {
  it.each(STEPS_BEFORE_RENAME)(
    'at %s with %s returns %s, leaves the old file byte-identical and no temp file, and a retry succeeds',
    async (op, errno, code, times = 1) => {
      const { lib, faulty, issueId, article, revision, articlesDir } = await faultyLibraryWithArticle();
      const path = articlePath(lib, issueId, article.id);
      const before = await readBytes(path);
      const edited = withText(article, 'Другая версія');
      faulty.addFault({ op, code: errno, times, path: (p) => p.startsWith(articlesDir) });

      const error = await lib.fail('article:save', { issueId, article: edited, baseRevision: revision }, code);
      expect(error.detail).toBe(errno);
      expect(faulty.injected.length).toBeGreaterThan(0);
      expect(await readBytes(path)).toEqual(before);
      expect(await readdir(articlesDir)).toEqual([`${article.id}.json`]);
      expect((await lib.call('article:get', { issueId, articleId: article.id })).revision).toBe(revision);

      faulty.injected.length = 0;
      if (times === Infinity) {
        // The fault "clears": reopen on a healthy port, as after the user freed the file.
        await lib.dispose();
        const healthy = await openTestLibrary(lib.dir);
        const saved = await healthy.call('article:save', { issueId, article: edited, baseRevision: revision });
        expect((await healthy.call('article:get', { issueId, articleId: article.id })).revision).toBe(saved.revision);
        return;
      }
      const saved = await lib.call('article:save', { issueId, article: edited, baseRevision: revision });
      expect(faulty.injected).toEqual([]);
      expect(await lib.call('article:get', { issueId, articleId: article.id })).toEqual({ article: edited, revision: saved.revision, migrated: false });
    },
  );

  it.each([
    ['openDirectory', 'EIO', 'io-error'],
    ['syncDirectory', 'EIO', 'io-error'],
    ['syncDirectory', 'ENOSPC', 'disk-full'],
  ] as Array<[FsOperation, string, ErrorCode]>)(
    'at %s (after the rename) with %s returns %s, and the retry with the same base revision is not a conflict',
    async (op, errno, code) => {
      const { lib, faulty, issueId, article, revision, articlesDir } = await faultyLibraryWithArticle();
      const edited = withText(article, 'Другая версія');
      faulty.addFault({ op, code: errno, path: (p) => p.startsWith(articlesDir) });
      await lib.fail('article:save', { issueId, article: edited, baseRevision: revision }, code);
      // The bytes were renamed in but the folder was not flushed: not "saved" (D3), so the
      // editor retries from the revision it still has.
      const saved = await lib.call('article:save', { issueId, article: edited, baseRevision: revision });
      expect(await lib.call('article:get', { issueId, articleId: article.id })).toEqual({ article: edited, revision: saved.revision, migrated: false });
      expect(await readdir(articlesDir)).toEqual([`${article.id}.json`]);
    },
  );

  it('a failing close of the folder handle does not fail a save that is already durable', async () => {
    const { lib, faulty, issueId, article, revision, articlesDir } = await faultyLibraryWithArticle();
    faulty.addFault({ op: 'closeDirectory', code: 'EIO', path: (p) => p.startsWith(articlesDir) });
    await lib.call('article:save', { issueId, article: withText(article, 'ok'), baseRevision: revision });
  });

  it('a failing issue write leaves issue.json as it was and reports the code', async () => {
    const { lib, faulty, issueId } = await faultyLibraryWithArticle();
    const path = issuePath(lib, issueId);
    const before = await readBytes(path);
    faulty.addFault({ op: 'write', code: 'ENOSPC', path: (p) => p.startsWith(join(lib.dir, 'issues', issueId)) });
    await lib.fail('issue:update', { issueId, number: 9 }, 'disk-full');
    expect(await readBytes(path)).toEqual(before);
    expect((await lib.call('issue:update', { issueId, number: 9 })).number).toBe(9);
  });

  it('a failing article:create leaves neither a new file nor a changed order', async () => {
    const { lib, faulty, issueId, articlesDir } = await faultyLibraryWithArticle();
    const before = await readBytes(issuePath(lib, issueId));
    const files = await readdir(articlesDir);
    faulty.addFault({ op: 'rename', code: 'EIO', path: (p) => p.includes('issue.json') });
    await lib.fail('article:create', { issueId }, 'io-error');
    expect(await readBytes(issuePath(lib, issueId))).toEqual(before);
    expect(await readdir(articlesDir)).toEqual(files);
  });

  it('a trash move that fails leaves the article in place and no trash entry behind', async () => {
    const { lib, faulty, issueId, article } = await faultyLibraryWithArticle();
    const path = articlePath(lib, issueId, article.id);
    const before = await readBytes(path);
    faulty.addFault({ op: 'rename', code: 'EACCES', times: Infinity, path: (p) => p === path });
    await lib.fail('article:trash', { issueId, articleId: article.id }, 'permission-denied');
    expect(await readBytes(path)).toEqual(before);
    expect(await lib.call('trash:list', {})).toEqual([]);
    expect((await lib.call('issue:get', { issueId })).issue.articleOrder).toEqual([article.id]);
  });

  it('a trash move whose folder flush fails keeps the trash entry, so the article stays listed and restorable', async () => {
    const { lib, faulty, issueId, article } = await faultyLibraryWithArticle();
    const bytes = await readBytes(articlePath(lib, issueId, article.id));
    // The first flush of the entry folder is the entry file's own write; the second is the move's.
    faulty.addFault({ op: 'syncDirectory', code: 'EIO', nth: 2, path: (p) => p.includes(join('.trash', 't-')) });
    await lib.fail('article:trash', { issueId, articleId: article.id }, 'io-error');
    const [entry] = await lib.call('trash:list', {});
    expect(entry).toMatchObject({ kind: 'article', articleId: article.id });
    expect(await readBytes(join(lib.dir, '.trash', entry!.trashId, `${article.id}.json`))).toEqual(bytes);
    await lib.call('trash:restore', { trashId: entry!.trashId });
    expect(await readBytes(articlePath(lib, issueId, article.id))).toEqual(bytes);
    expect((await lib.call('issue:get', { issueId })).issue.articleOrder).toEqual([article.id]);
  });

  it('a trash entry that cannot be written leaves nothing listed and the article in place', async () => {
    const { lib, faulty, issueId, article } = await faultyLibraryWithArticle();
    faulty.addFault({ op: 'write', code: 'ENOSPC', path: (p) => p.includes(join('.trash', 't-')) });
    await lib.fail('article:trash', { issueId, articleId: article.id }, 'disk-full');
    expect(await lib.call('trash:list', {})).toEqual([]);
    expect(await readdir(join(lib.dir, '.trash'))).toEqual([]);
    expect((await lib.call('issue:get', { issueId })).articles).toMatchObject([{ id: article.id, readable: true }]);
  });
});
