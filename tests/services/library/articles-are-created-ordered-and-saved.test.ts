import { copyFile, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../shared/domain/article';
import { articlePath, issuePath, openTestLibrary, readBytes, withText } from './library-test-harness';

async function libraryWithIssue() {
  const lib = await openTestLibrary();
  const issue = await lib.call('issue:create-next', {});
  return { lib, issueId: issue.id };
}

describe('articles in an issue', () => {
  it('creates an empty article with the first rubric and the default source language from the settings', async () => {
    const { lib, issueId } = await libraryWithIssue();
    await lib.call('settings:update', { defaultSourceLanguage: 'be' });
    const created = await lib.call('article:create', { issueId });
    expect(created.article).toMatchObject({ rubric: 'foreign-policy', sourceLanguage: 'be', authors: [] });
    expect(created.article.id).toMatch(/^a-[a-z0-9]{8}$/);
    expect(created.migrated).toBe(false);
    const loaded = await lib.call('article:get', { issueId, articleId: created.article.id });
    expect(loaded).toEqual(created);
    const explicit = await lib.call('article:create', { issueId, rubric: 'economy', sourceLanguage: 'ru' });
    expect(explicit.article).toMatchObject({ rubric: 'economy', sourceLanguage: 'ru' });
    await lib.fail('article:create', { issueId, rubric: 'no-such-rubric' }, 'invalid-request');
  });

  it('inserts a new article at the requested position, or appends it', async () => {
    const { lib, issueId } = await libraryWithIssue();
    const a = (await lib.call('article:create', { issueId })).article.id;
    const b = (await lib.call('article:create', { issueId })).article.id;
    const c = (await lib.call('article:create', { issueId, position: 0 })).article.id;
    const d = (await lib.call('article:create', { issueId, position: 2 })).article.id;
    const e = (await lib.call('article:create', { issueId, position: 99 })).article.id;
    const detail = await lib.call('issue:get', { issueId });
    expect(detail.issue.articleOrder).toEqual([c, a, d, b, e]);
    expect(detail.articles.map((s) => s.id)).toEqual([c, a, d, b, e]);
  });

  it('saves an article and loads it back exactly, returning the new revision', async () => {
    const { lib, issueId } = await libraryWithIssue();
    const created = await lib.call('article:create', { issueId });
    const edited = withText(created.article, 'Мінск і Менск ў');
    lib.clock.set('2025-03-13T09:30:00Z');
    const saved = await lib.call('article:save', { issueId, article: edited, baseRevision: created.revision });
    expect(saved.savedAt).toBe('2025-03-13T09:30:00.000Z');
    expect(saved.revision).not.toBe(created.revision);
    const loaded = await lib.call('article:get', { issueId, articleId: edited.id });
    expect(loaded).toEqual({ article: edited, revision: saved.revision, migrated: false });
    const onDisk = await readFile(articlePath(lib, issueId, edited.id), 'utf8');
    expect(ArticleSchema.parse(JSON.parse(onDisk))).toEqual(edited);
    expect(onDisk.startsWith('{\n  "schemaVersion": 3,\n  "id": ')).toBe(true);
    expect(onDisk.endsWith('}\n')).toBe(true);
    const summary = (await lib.call('issue:get', { issueId })).articles[0];
    expect(summary).toMatchObject({ readable: true, titles: { en: 'Мінск і Менск ў en', be: 'Мінск і Менск ў be', ru: 'Мінск і Менск ў ru' } });
  });

  it('does not touch issue.json when an article is saved', async () => {
    const { lib, issueId } = await libraryWithIssue();
    const created = await lib.call('article:create', { issueId });
    const before = await readBytes(issuePath(lib, issueId));
    await lib.call('article:save', { issueId, article: withText(created.article, 'x'), baseRevision: created.revision });
    expect(await readBytes(issuePath(lib, issueId))).toEqual(before);
  });

  it('refuses an article that does not fit the schema or the editor schema, writing nothing', async () => {
    const { lib, issueId } = await libraryWithIssue();
    const created = await lib.call('article:create', { issueId });
    const path = articlePath(lib, issueId, created.article.id);
    const before = await readBytes(path);
    const unknownNode = withText(created.article, 'x');
    unknownNode.versions.ru.body = { type: 'doc', content: [{ type: 'image', attrs: { src: 'file:///etc/passwd' } }] };
    const error = await lib.fail('article:save', { issueId, article: unknownNode, baseRevision: created.revision }, 'invalid-request');
    expect(error.detail).toMatch(/^ru: /);
    const badStatus = { ...created.article, versions: { ...created.article.versions, en: { ...created.article.versions.en, status: 'done' } } };
    await lib.fail('article:save', { issueId, article: badStatus as never, baseRevision: created.revision }, 'invalid-request');
    expect(await readBytes(path)).toEqual(before);
    expect(await readdir(join(lib.dir, 'issues', issueId, 'articles'))).toEqual([`${created.article.id}.json`]);
  });

  it('unlinks links outside the link policy on save and keeps their text', async () => {
    const { lib, issueId } = await libraryWithIssue();
    const created = await lib.call('article:create', { issueId });
    const article = withText(created.article, 'x');
    article.versions.en.body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bad', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: ' good', marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }] },
          ],
        },
      ],
    };
    await lib.call('article:save', { issueId, article, baseRevision: created.revision });
    const body = (await lib.call('article:get', { issueId, articleId: article.id })).article.versions.en.body;
    const texts = body.content?.[0]?.content ?? [];
    expect(texts.map((t) => t.text)).toEqual(['bad', ' good']);
    expect(texts[0]?.marks).toBeUndefined();
    expect(texts[1]?.marks?.[0]?.attrs?.href).toBe('https://example.org/');
  });

  it('reorders articles only by a permutation of the current order', async () => {
    const { lib, issueId } = await libraryWithIssue();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await lib.call('article:create', { issueId })).article.id);
    const [a, b, c] = ids as [string, string, string];
    const issue = await lib.call('issue:reorder-articles', { issueId, articleOrder: [c, a, b] });
    expect(issue.articleOrder).toEqual([c, a, b]);
    expect((await lib.call('issue:get', { issueId })).issue.articleOrder).toEqual([c, a, b]);
    const before = await readBytes(issuePath(lib, issueId));
    for (const wrong of [[a, b], [a, b, c, 'a-zzzzzzzz'], [a, a, b], [a, b, 'a-zzzzzzzz']]) {
      await lib.fail('issue:reorder-articles', { issueId, articleOrder: wrong }, 'invalid-operation');
    }
    expect(await readBytes(issuePath(lib, issueId))).toEqual(before);
  });

  it('shows article files missing from the order after the ordered ones, and an ordered id without a file as not-found', async () => {
    const { lib, issueId } = await libraryWithIssue();
    const a = await lib.call('article:create', { issueId });
    const b = await lib.call('article:create', { issueId });
    // A sync tool delivers an article created on another machine, and a file is lost.
    await copyFile(articlePath(lib, issueId, a.article.id), articlePath(lib, issueId, 'a-fromsync'));
    await unlink(articlePath(lib, issueId, b.article.id));
    const issueBytes = await readBytes(issuePath(lib, issueId));
    const detail = await lib.call('issue:get', { issueId });
    expect(detail.issue.articleOrder).toEqual([a.article.id, b.article.id, 'a-fromsync']);
    expect(detail.articles[1]).toMatchObject({ readable: false, id: b.article.id, reason: 'not-found' });
    expect(detail.articles[2]).toMatchObject({ readable: true, id: 'a-fromsync' });
    expect((await lib.call('article:get', { issueId, articleId: 'a-fromsync' })).article.id).toBe('a-fromsync');
    expect(await readBytes(issuePath(lib, issueId))).toEqual(issueBytes);
    const [summary] = await lib.call('issues:list', {});
    expect(summary).toMatchObject({ articleCount: 3, unreadableArticleCount: 1 });
    // Reordering places them, and the order written includes the delivered file.
    await lib.call('issue:reorder-articles', { issueId, articleOrder: ['a-fromsync', b.article.id, a.article.id] });
    const written = JSON.parse(await readFile(issuePath(lib, issueId), 'utf8')) as { articleOrder: string[] };
    expect(written.articleOrder).toEqual(['a-fromsync', b.article.id, a.article.id]);
  });

  it('keeps conflict copies, temp files and foreign files out of the article list', async () => {
    const { lib, issueId } = await libraryWithIssue();
    const a = await lib.call('article:create', { issueId });
    const dir = join(lib.dir, 'issues', issueId, 'articles');
    await copyFile(articlePath(lib, issueId, a.article.id), join(dir, `${a.article.id}.conflict-2025-03-12T10-00-00-000Z.json`));
    await writeFile(join(dir, 'Notes.txt'), 'x');
    await writeFile(join(dir, 'Copy of article.json'), '{}');
    const detail = await lib.call('issue:get', { issueId });
    expect(detail.articles.map((s) => s.id)).toEqual([a.article.id]);
  });

  it('answers not-found for an article that does not exist', async () => {
    const { lib, issueId } = await libraryWithIssue();
    await lib.fail('article:get', { issueId, articleId: 'a-nothere0' }, 'not-found');
    await lib.fail('article:trash', { issueId, articleId: 'a-nothere0' }, 'not-found');
    await lib.fail('article:create', { issueId: '2025-01-06-none' }, 'not-found');
  });

  it('finishes queued saves before dispose releases the library', async () => {
    const { lib, issueId } = await libraryWithIssue();
    const created = await lib.call('article:create', { issueId });
    const article = withText(created.article, 'last words');
    const saving = lib.call('article:save', { issueId, article, baseRevision: created.revision });
    await lib.dispose();
    const saved = await saving;
    await lib.reopen();
    expect(await lib.call('article:get', { issueId, articleId: article.id })).toEqual({ article, revision: saved.revision, migrated: false });
  });

  it('creates and saves articles in an issue whose empty articles folder a sync tool did not bring', async () => {
    const { lib, issueId } = await libraryWithIssue();
    await rm(join(lib.dir, 'issues', issueId, 'articles'), { recursive: true });
    expect((await lib.call('issue:get', { issueId })).articles).toEqual([]);
    const created = await lib.call('article:create', { issueId });
    await lib.call('article:save', { issueId, article: withText(created.article, 'x'), baseRevision: created.revision });
    expect((await lib.call('issue:get', { issueId })).articles).toHaveLength(1);
  });

  it('tells listeners about structural changes but not about saves (no reload echo, D8)', async () => {
    const { lib, issueId } = await libraryWithIssue();
    const seen: Array<string | null> = [];
    const off = lib.services.events.on('library:changed', (payload) => seen.push(payload.issueId));
    const created = await lib.call('article:create', { issueId });
    await lib.call('article:save', { issueId, article: withText(created.article, 'x'), baseRevision: created.revision });
    await lib.call('issue:update', { issueId, status: 'ready' });
    off();
    await lib.call('issue:update', { issueId, status: 'draft' });
    expect(seen).toEqual([issueId, issueId]);
  });
});
