import { mkdir, readdir, rename, symlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveInsideLibrary } from '../../../electron/services/library/resolve-inside-library';
import { channelNames } from '../../../shared/ipc/contract';
import { createDispatcher } from '../../../shared/ipc/dispatcher';
import { AppError } from '../../../shared/ipc/error-codes';
import { makeTempDir, openTestLibrary, withText } from './library-test-harness';

const HOSTILE = ['..', '../x', '../../etc/passwd', '/etc/passwd', 'a/../../b', '..\\..\\windows', 'C:\\Windows', 'x\u0000y', '%2e%2e', '.', ''];

describe('resolveInsideLibrary', () => {
  it('joins ordinary segments under the library', () => {
    expect(resolveInsideLibrary('/lib', 'issues', '2025-01-06-abcd', 'issue.json')).toBe(resolve('/lib/issues/2025-01-06-abcd/issue.json'));
    expect(resolveInsideLibrary('/lib')).toBe(resolve('/lib'));
    expect(resolveInsideLibrary('/lib', '..lib-notes')).toBe(resolve('/lib/..lib-notes'));
  });

  it.each([[['..']], [['../x']], [['/etc/passwd']], [['a/../../b']], [['issues', '..', '..', 'x']], [['x\u0000y']]])(
    'refuses %j with outside-library',
    (segments) => {
      let error: unknown = null;
      try {
        resolveInsideLibrary('/lib', ...segments);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('outside-library');
    },
  );

  it('never returns a path outside the library for any segments', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string()), { maxLength: 4 }), (segments) => {
        try {
          const result = resolveInsideLibrary('/srv/lib', ...segments);
          expect(result === '/srv/lib' || result.startsWith('/srv/lib/')).toBe(true);
        } catch (error) {
          expect((error as AppError).code).toBe('outside-library');
        }
      }),
    );
  });
});

describe('handlers called with hostile ids (S6, defence in depth)', () => {
  it('refuse ids that are not ids even when the dispatcher is bypassed', async () => {
    const lib = await openTestLibrary();
    const h = lib.services.handlers;
    for (const id of HOSTILE) {
      const attempts = [
        () => h['issue:get']({ issueId: id }),
        () => h['issue:trash']({ issueId: id }),
        () => h['article:get']({ issueId: id, articleId: 'a-12345678' }),
        () => h['article:get']({ issueId: '2025-01-06-abcd', articleId: id }),
        () => h['article:trash']({ issueId: '2025-01-06-abcd', articleId: id }),
        () => h['trash:restore']({ trashId: id }),
      ];
      for (const attempt of attempts) {
        const error = await attempt().then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(AppError);
        expect(['invalid-request', 'not-found', 'outside-library']).toContain((error as AppError).code);
      }
    }
  });

  it('arbitrary payloads on every channel never throw and never create anything beside the library', async () => {
    const lib = await openTestLibrary();
    const parent = dirname(lib.dir);
    const before = await readdir(parent);
    const dispatch = createDispatcher(lib.services.handlers);
    const payload = fc.oneof(
      fc.anything(),
      fc.record({
        issueId: fc.constantFrom(...HOSTILE),
        articleId: fc.constantFrom(...HOSTILE),
        trashId: fc.constantFrom(...HOSTILE),
        weekOf: fc.string(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channelNames), payload, async (channel, body) => {
        const result = await dispatch(channel, body);
        if (!result.ok) expect(result.error.code).not.toBe('internal');
      }),
      { numRuns: 300 },
    );
    expect(await readdir(parent)).toEqual(before);
    expect((await readdir(lib.dir)).sort()).toEqual(['.triptych.lock', '.triptych.lock-owner.json', 'issues', 'library.json'].sort());
  });

  it('refuses to follow an issue folder that is a symbolic link out of the library', async () => {
    const lib = await openTestLibrary();
    const issue = await lib.call('issue:create-next', {});
    const created = await lib.call('article:create', { issueId: issue.id });
    const elsewhere = join(await makeTempDir(), 'elsewhere');
    await mkdir(elsewhere);
    await rename(join(lib.dir, 'issues', issue.id), join(elsewhere, issue.id));
    await symlink(join(elsewhere, issue.id), join(lib.dir, 'issues', issue.id));
    expect(await lib.call('issues:list', {})).toEqual([]);
    await lib.fail('issue:get', { issueId: issue.id }, 'outside-library');
    await lib.fail('article:get', { issueId: issue.id, articleId: created.article.id }, 'outside-library');
    await lib.fail('article:save', { issueId: issue.id, article: withText(created.article, 'x'), baseRevision: created.revision }, 'outside-library');
    await lib.fail('article:create', { issueId: issue.id }, 'outside-library');
    await lib.fail('issue:trash', { issueId: issue.id }, 'outside-library');
  });
});
