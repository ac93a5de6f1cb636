import { readFile, rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../electron/services/fs/content-hash';
import type { UnreadableReason } from '../../../shared/domain/unreadable-reason';
import { articlePath, issuePath, openTestLibrary, readBytes, withText } from './library-test-harness';

async function issueWithArticle() {
  const lib = await openTestLibrary();
  const issue = await lib.call('issue:create-next', {});
  const created = await lib.call('article:create', { issueId: issue.id });
  const saved = await lib.call('article:save', { issueId: issue.id, article: withText(created.article, 'Добры дзень'), baseRevision: created.revision });
  const good = await readFile(articlePath(lib, issue.id, created.article.id), 'utf8');
  return { lib, issueId: issue.id, article: withText(created.article, 'Добры дзень'), revision: saved.revision, good };
}

type Corruption = [label: string, reason: UnreadableReason, make: (good: string) => Buffer];

const withGood = (f: (value: Record<string, unknown>) => unknown) => (good: string) =>
  Buffer.from(JSON.stringify(f(JSON.parse(good) as Record<string, unknown>)));

const ARTICLE_CORRUPTIONS: Corruption[] = [
  ['truncated JSON', 'invalid-json', (good) => Buffer.from(good.slice(0, Math.floor(good.length / 2)))],
  ['NUL bytes from a torn write', 'nul-bytes', (good) => Buffer.concat([Buffer.from(good.slice(0, 40)), Buffer.alloc(64)])],
  ['only NUL bytes', 'nul-bytes', () => Buffer.alloc(512)],
  ['a byte order mark', 'bom', (good) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)])],
  ['an empty file', 'empty', () => Buffer.alloc(0)],
  ['invalid UTF-8', 'invalid-utf8', (good) => Buffer.concat([Buffer.from(good.slice(0, 30)), Buffer.from([0xd0, 0x28]), Buffer.from(good.slice(30))])],
  ['a future schemaVersion', 'future-version', withGood((v) => ({ ...v, schemaVersion: 4 }))],
  ['an unknown schemaVersion', 'unknown-version', withGood((v) => ({ ...v, schemaVersion: 0 }))],
  ['no schemaVersion', 'unknown-version', withGood(({ schemaVersion: _drop, ...v }) => v)],
  ['a schema-invalid field', 'invalid-schema', withGood((v) => ({ ...v, sourceLanguage: 'de' }))],
  ['an unknown top-level key', 'invalid-schema', withGood((v) => ({ ...v, comments: [] }))],
  [
    'a body with an unknown node type',
    'invalid-content',
    withGood((v) => {
      const versions = v.versions as Record<string, Record<string, unknown>>;
      versions.be!.body = { type: 'doc', content: [{ type: 'table', content: [] }] };
      return v;
    }),
  ],
  [
    'a body with an unknown mark',
    'invalid-content',
    withGood((v) => {
      const versions = v.versions as Record<string, Record<string, unknown>>;
      versions.ru!.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'highlight' }] }] }] };
      return v;
    }),
  ],
];

describe('unreadable article files (D9, X4)', () => {
  it.each(ARTICLE_CORRUPTIONS)('lists and loads a file with %s as unreadable (%s), refuses to save over it and never changes it', async (_label, reason, make) => {
    const { lib, issueId, article, revision, good } = await issueWithArticle();
    const path = articlePath(lib, issueId, article.id);
    const bad = make(good);
    await writeFile(path, bad);

    const detail = await lib.call('issue:get', { issueId });
    expect(detail.articles[0]).toMatchObject({ readable: false, id: article.id, reason });
    expect((await lib.call('issues:list', {}))[0]).toMatchObject({ unreadableArticleCount: 1 });
    const loadError = await lib.fail('article:get', { issueId, articleId: article.id }, 'unreadable');
    expect(loadError.detail).toBe(reason);
    // Neither the editor's last revision nor the hash of the damaged bytes lets a save through.
    for (const baseRevision of [revision, contentHash(bad)]) {
      const saveError = await lib.fail('article:save', { issueId, article: withText(article, 'new text'), baseRevision }, 'unreadable');
      expect(saveError.detail).toBe(reason);
    }
    await lib.reopen();
    await lib.call('issues:list', {});
    expect(await readBytes(path)).toEqual(bad);
  });

  it('loads a file again once it is repaired outside the app', async () => {
    const { lib, issueId, article, good } = await issueWithArticle();
    const path = articlePath(lib, issueId, article.id);
    await writeFile(path, good.slice(0, 10));
    await lib.fail('article:get', { issueId, articleId: article.id }, 'unreadable');
    await writeFile(path, good);
    expect((await lib.call('article:get', { issueId, articleId: article.id })).article).toEqual(article);
    expect((await lib.call('issue:get', { issueId })).articles[0]).toMatchObject({ readable: true });
  });
});

const ISSUE_CORRUPTIONS: Corruption[] = [
  ['truncated JSON', 'invalid-json', (good) => Buffer.from(good.slice(0, 20))],
  ['NUL bytes', 'nul-bytes', () => Buffer.alloc(100)],
  ['a byte order mark', 'bom', (good) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)])],
  ['a future schemaVersion', 'future-version', withGood((v) => ({ ...v, schemaVersion: 2 }))],
  ['a period ending before it starts', 'invalid-schema', withGood((v) => ({ ...v, periodEnd: '2000-01-01' }))],
  ['an article listed twice', 'invalid-schema', withGood((v) => ({ ...v, articleOrder: ['a-12345678', 'a-12345678'] }))],
  ['an article id that is a path', 'invalid-schema', withGood((v) => ({ ...v, articleOrder: ['../../library'] }))],
];

describe('unreadable issue files (D9)', () => {
  it.each(ISSUE_CORRUPTIONS)('lists an issue.json with %s as unreadable (%s) and refuses every change to it', async (_label, reason, make) => {
    const { lib, issueId, article, revision } = await issueWithArticle();
    const path = issuePath(lib, issueId);
    const bad = make(await readFile(path, 'utf8'));
    await writeFile(path, bad);

    expect(await lib.call('issues:list', {})).toEqual([expect.objectContaining({ readable: false, id: issueId, reason })]);
    expect((await lib.fail('issue:get', { issueId }, 'unreadable')).detail).toBe(reason);
    await lib.fail('issue:update', { issueId, number: 5 }, 'unreadable');
    await lib.fail('issue:reorder-articles', { issueId, articleOrder: [article.id] }, 'unreadable');
    await lib.fail('article:create', { issueId }, 'unreadable');
    await lib.fail('article:trash', { issueId, articleId: article.id }, 'unreadable');
    // The article's own file is fine, so it can still be opened and saved.
    await lib.call('article:save', { issueId, article: withText(article, 'still saved'), baseRevision: revision });
    // Creating the next issue ignores it rather than failing.
    expect((await lib.call('issue:create-next', {})).number).toBe(1);
    expect(await readBytes(path)).toEqual(bad);
  });

  it('lists an issue folder without issue.json as unreadable not-found', async () => {
    const { lib, issueId } = await issueWithArticle();
    const path = issuePath(lib, issueId);
    await rm(path);
    expect(await lib.call('issues:list', {})).toEqual([expect.objectContaining({ readable: false, id: issueId, reason: 'not-found' })]);
    expect((await lib.fail('issue:get', { issueId }, 'unreadable')).detail).toBe('not-found');
  });
});
